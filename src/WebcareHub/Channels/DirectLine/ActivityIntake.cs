using Microsoft.Extensions.Options;
using WebcareHub.Conversations;
using WebcareHub.Handoff;
using WebcareHub.Web;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// Accepts one activity posted by a client: checks it, stamps the server fields, stores and echoes it, and
/// queues the bot's turn. Answers once the activity is stored; the bot replies on its own time.
/// </summary>
public sealed class ActivityIntake(
    DirectLineAuth auth,
    ConversationStore store,
    DirectLineBot bot,
    TurnQueue queue,
    AgentRouting agents,
    IOptions<DirectLineOptions> options,
    ILogger<ActivityIntake> logger)
{
    private static readonly string[] ClientTypes = [ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Event];

    public async Task<IResult> PostAsync(string conversationId, HttpRequest request, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        var (conversation, accessError) = await auth.OpenAsync(caller!, conversationId, ct);
        if (accessError is not null) return accessError.ToResult();

        var (activity, readError) = await ReadAsync(request, ct);
        if (readError is not null) return readError.ToResult();
        var problem = Check(activity!);
        if (problem is not null) return problem.ToResult();

        var userId = caller!.Token?.UserId ?? activity!.From?.Id;
        if (string.IsNullOrWhiteSpace(userId))
            return DirectLineError.MissingProperty("from.id is required when posting with a secret").ToResult();
        activity!.From = new ChannelAccount(userId, caller.Token is null ? activity.From?.Name : conversation!.UserName, ActivityRoles.User);
        activity.Recipient = bot.BotAccount;
        logger.LogDebug("Activity from {Agent}", LogValue.Clean(request.Headers["x-ms-bot-agent"].ToString()));

        if (activity.Type == ActivityTypes.Typing)
        {
            store.PublishEphemeral(conversationId, activity);
            await agents.ForwardTypingAsync(ConversationKey.DirectLine(conversationId), ct);
            return DirectLineEndpoints.Json(new PostActivityResponse(activity.Id!));
        }

        var result = await StoreAndQueueAsync(conversationId, activity, request, ct);
        return DirectLineEndpoints.Json(new PostActivityResponse(result.Id));
    }

    /// <summary>Stores a client activity (echoing it to the streams) and queues the bot's turn, unless it is a repeat.</summary>
    public async Task<AppendResult> StoreAndQueueAsync(string conversationId, Activity activity, HttpRequest request, CancellationToken ct)
    {
        var result = await store.AppendAsync(conversationId, activity, ct);
        if (result.Created)
        {
            var serviceUrl = DirectLineEndpoints.ServiceUrl(request);
            var stored = activity.Clone();
            queue.Enqueue(conversationId, sp => sp.GetRequiredService<DirectLineBot>()
                .RunTurnAsync(conversationId, stored, serviceUrl, CancellationToken.None));
        }
        return result;
    }

    private async Task<(Activity? Activity, DirectLineError? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var max = options.Value.MaxActivityBytes;
        if (request.ContentLength > max) return (null, DirectLineError.TooLarge($"An activity may be at most {max} bytes"));
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, DirectLineError.BadArgument("The body must be a JSON activity"));
        var (activity, tooLarge) = await ActivityJson.ReadAsync(request, max, ct);
        if (tooLarge) return (null, DirectLineError.TooLarge($"An activity may be at most {max} bytes"));
        return activity is null ? (null, DirectLineError.BadArgument("The body is not a valid JSON activity")) : (activity, null);
    }

    private static DirectLineError? Check(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type)) return DirectLineError.MissingProperty("type is required");
        if (!ClientTypes.Contains(activity.Type))
            return DirectLineError.BadArgument($"type '{activity.Type}' cannot be sent by a client");
        if (activity.Type == ActivityTypes.Event && string.IsNullOrEmpty(activity.Name))
            return DirectLineError.MissingProperty("an event needs a name");
        // The server's own events (the NPS question, a verification the agent asked for, hand-off status) start
        // dialogs or speak for staff: only the app raises them, never a client.
        if (activity.Type == ActivityTypes.Event && (activity.Name!.StartsWith("handoff.", StringComparison.OrdinalIgnoreCase)
                                                     || activity.Name.StartsWith("nps.", StringComparison.OrdinalIgnoreCase)))
            return DirectLineError.BadArgument($"event '{activity.Name}' cannot be sent by a client");
        if (activity.Attachments is { Count: > 0 })
            return DirectLineError.BadArgument("Send files through the upload route");
        return null;
    }
}

public sealed record PostActivityResponse(string Id);
