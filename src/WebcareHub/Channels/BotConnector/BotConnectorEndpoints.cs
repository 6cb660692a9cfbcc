using System.Net;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Conversations;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// <c>POST /api/messages</c>: WebcareHub as a Bot Framework bot (contract section 11). The turn runs before
/// the 200; replies go back through <see cref="BotConnectorConversations"/> to the service URL the policy allowed.
/// Off outside Development without an app id; in Development without one, for loopback callers only.
/// </summary>
public static class BotConnectorEndpoints
{
    public const string Path = "/api/messages";
    private const int MaxKeyLength = 300;

    public static WebApplication MapBotConnector(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
        if (options.IsLocalMode && !app.Environment.IsDevelopment())
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotConnectorEndpoints)).LogInformation(
                "{Path} is off: BotConnector:MicrosoftAppId is empty, and unauthenticated local mode is for Development only. " +
                "Set BotConnector:MicrosoftAppId, MicrosoftAppPassword and AllowedServiceUrls to serve Bot Framework channels", Path);
            return app;
        }
        app.MapPost(Path, PostMessage).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> PostMessage(HttpRequest request, IOptions<BotConnectorOptions> options,
        IOptions<DirectLineOptions> limits, ChannelAuthenticator authenticator, ServiceUrlPolicy policy, ConversationLimits rates,
        BotConnectorConversations conversations, TurnHandler turns, TurnQueue queue, ILoggerFactory loggers, CancellationToken ct)
    {
        if (options.Value.IsLocalMode && !IsLoopback(request.HttpContext.Connection.RemoteIpAddress)) return TypedResults.NotFound();
        // Channels send JSON; a browser page may send text/plain without asking first, so that is refused (415).
        if (!request.HasJsonContentType())
            return TypedResults.Problem(title: "An activity is sent as application/json", statusCode: StatusCodes.Status415UnsupportedMediaType);

        var max = limits.Value.MaxActivityBytes;
        var (activity, tooLarge) = await ActivityJson.ReadAsync(request, max, ct);
        if (tooLarge) return TypedResults.Problem(title: $"An activity may be at most {max} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (activity?.Type is null || activity.Conversation?.Id is null || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.ChannelId) || activity.From?.Id is null || activity.Recipient?.Id is null)
            return TypedResults.Problem(title: "An activity needs type, channelId, conversation.id, from.id, recipient.id and serviceUrl",
                statusCode: StatusCodes.Status400BadRequest);
        try
        {
            if (!await authenticator.IsAuthenticAsync(request, activity, ct))
                return TypedResults.Problem(title: "The request is not signed by the Bot Framework", statusCode: StatusCodes.Status401Unauthorized);
        }
        catch (ChannelKeysUnavailableException)
        {
            // The channel retries; nothing of the activity was accepted.
            request.HttpContext.Response.Headers.RetryAfter = "30";
            return TypedResults.Problem(title: "The Bot Framework signing keys cannot be read right now; try again later",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (policy.BaseFor(activity.ServiceUrl, request) is not { } serviceBase)
        {
            loggers.CreateLogger(typeof(BotConnectorEndpoints)).LogWarning("Refused an activity whose serviceUrl {ServiceUrl} the bot may not call", activity.ServiceUrl);
            return TypedResults.Problem(title: "The bot may not reply to this serviceUrl", statusCode: StatusCodes.Status400BadRequest);
        }
        // The key comes from what was authenticated: the allowed service, the (signed-for) channel and its conversation.
        var key = ConversationKey.BotConnector(serviceBase, activity.ChannelId, activity.Conversation.Id);
        if (key.Length > MaxKeyLength)
            return TypedResults.Problem(title: "The conversation id is too long", statusCode: StatusCodes.Status400BadRequest);
        if (rates.ActivityRefused(key) is { } wait)
        {
            request.HttpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString();
            return TypedResults.Problem(title: "Too many activities; try again in a moment", statusCode: StatusCodes.Status429TooManyRequests);
        }

        // Turns of one conversation run one at a time, as on Direct Line: two posts at once would both read the
        // conversation's state (a verification's failed tries among it) and the later write would undo the earlier.
        await queue.RunInOrderAsync(key, async () =>
        {
            await conversations.RememberAsync(key, serviceBase, activity, ct);
            // After the first reply the channel does not take, the rest of the turn's replies are not tried (one log line).
            var delivering = true;
            await turns.HandleAsync(new TurnContext(key, activity, async (reply, token) =>
            {
                if (delivering) delivering = await conversations.TrySendAsync(key, reply, token);
            }), ct);
        });
        return activity.Type == ActivityTypes.Invoke
            ? TypedResults.Json(new { status = 200, body = new { } })
            : TypedResults.Ok();
    }

    private static bool IsLoopback(IPAddress? ip) => ip is not null && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
}
