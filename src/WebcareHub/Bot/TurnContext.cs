using WebcareHub.Channels;

namespace WebcareHub.Bot;

/// <summary>
/// One incoming activity, the conversation's key (made by the channel from what it authenticated, never from
/// the activity) and the way back to the channel it came from.
/// </summary>
public sealed class TurnContext(string conversationKey, Activity activity, Func<Activity, CancellationToken, Task> send)
{
    public string ConversationKey { get; } = conversationKey;

    public Activity Activity { get; } = activity;

    public Task SendAsync(Activity reply, CancellationToken ct) => send(reply, ct);

    /// <summary>
    /// A reply addressed back to the sender. Only replies to a message name it in <c>replyToId</c>: Web Chat
    /// holds back a reply whose <c>replyToId</c> it never receives (a conversationUpdate, say).
    /// </summary>
    public Activity CreateReply(string type, string locale) => new()
    {
        Type = type,
        From = Activity.Recipient,
        Recipient = Activity.From is { } from ? new ChannelAccount(from.Id, from.Name, from.Role) : null,
        Conversation = Activity.Conversation,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        ReplyToId = Activity.Type == ActivityTypes.Message ? Activity.Id : null,
        Locale = locale,
    };
}
