using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using WebcareHub.Web;

namespace WebcareHub.Channels.BotConnector;

/// <summary>Sends the bot's activities to a Bot Framework channel (the Emulator, Azure Bot Service).</summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy policy, BotTokenSource tokens,
    IOptions<BotConnectorOptions> options, ILogger<ConnectorClient> logger)
{
    public async Task SendAsync(Activity activity, CancellationToken ct)
    {
        var serviceUrl = activity.ServiceUrl?.TrimEnd('/');
        if (serviceUrl is null || !policy.MayCall(serviceUrl))
        {
            logger.LogWarning("Not replying to service URL {ServiceUrl}: it is not allowed", LogValue.Clean(serviceUrl));
            return;
        }
        var conversationId = Uri.EscapeDataString(activity.Conversation?.Id ?? "");
        var url = activity.ReplyToId is { } replyTo
            ? $"{serviceUrl}/v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"{serviceUrl}/v3/conversations/{conversationId}/activities";

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        // The Emulator answers 401 to a bearer value that is not a JWT, so local mode sends none.
        if (!options.Value.IsLocalMode)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(ct));

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // One try per activity: a channel that refuses it will not accept it a moment later either.
            logger.LogWarning("Channel answered {Status} to a {Type} activity in conversation {ConversationId}",
                (int)response.StatusCode, LogValue.Clean(activity.Type), LogValue.Clean(activity.Conversation?.Id));
        }
    }
}
