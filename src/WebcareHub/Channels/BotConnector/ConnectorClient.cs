using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using WebcareHub.Web;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// Sends the bot's activities to a Bot Framework channel (the Emulator, Azure Bot Service) at a base URL the
/// <see cref="ServiceUrlPolicy"/> allowed; the path is ours. Its HttpClient follows no redirects, so an allowed
/// host cannot pass a call on to one that is not.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy policy, BotTokenSource tokens,
    IOptions<BotConnectorOptions> options, ILogger<ConnectorClient> logger)
{
    /// <summary>True when the channel took the activity; a failure is logged here once and never thrown.</summary>
    public async Task<bool> SendAsync(string serviceBase, string conversationId, Activity activity, CancellationToken ct)
    {
        // Checked again on every call: the allow-list may have changed since the conversation was stored.
        if (policy.BaseFor(serviceBase) is not { } baseUrl)
        {
            logger.LogWarning("Not sending to service URL {ServiceUrl}: it is not allowed", LogValue.Clean(serviceBase));
            return false;
        }
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { } replyTo) path += "/" + Uri.EscapeDataString(replyTo);
        activity.ServiceUrl = baseUrl.ToString();

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, path))
            {
                Content = JsonContent.Create(activity, options: ActivityJson.Options),
            };
            // The Emulator answers 401 to a bearer value that is not a JWT, so local mode sends none.
            if (!options.Value.IsLocalMode)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(ct));
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) return true;
            // One try per activity: a channel that refuses it will not accept it a moment later either.
            logger.LogWarning("Channel answered {Status} to a {Type} activity in conversation {ConversationId}",
                (int)response.StatusCode, LogValue.Clean(activity.Type), LogValue.Clean(conversationId));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning("Could not reach the channel for a {Type} activity in conversation {ConversationId}: {Reason}",
                activity.Type, conversationId, e.Message);
        }
        return false;
    }
}
