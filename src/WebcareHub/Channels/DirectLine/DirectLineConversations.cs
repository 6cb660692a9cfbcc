using WebcareHub.Conversations;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Sending to a Direct Line conversation (stored and streamed like the bot's replies) and reading its messages.</summary>
public sealed class DirectLineConversations(ConversationStore store) : IConversationChannel
{
    public string KeyPrefix => ConversationKey.DirectLinePrefix;

    public async Task<string> SendAsync(string key, Activity activity, CancellationToken ct)
    {
        var conversationId = IdOf(key);
        if (activity.Type == ActivityTypes.Typing)
        {
            store.PublishEphemeral(conversationId, activity);
            return activity.Id!;
        }
        return (await store.AppendAsync(conversationId, activity, ct)).Id;
    }

    public async Task<List<TranscriptLine>> ReadTranscriptAsync(string key, int max, CancellationToken ct) =>
        (await store.ReadLatestAsync(IdOf(key), ActivityTypes.Message, max, ct))
            .Select(a => new TranscriptLine(a.Sequence, a.Activity.From?.Role ?? "", a.Activity.From?.Name, a.Activity.Text ?? "",
                a.Activity.Timestamp ?? default)
            { Files = a.Activity.From?.Role == ActivityRoles.User ? UploadEndpoint.FilesIn(key, a.Activity) : [] })
            .ToList();

    private static string IdOf(string key) =>
        ConversationKey.DirectLineId(key) ?? throw new ArgumentException($"'{key}' is not a Direct Line conversation key", nameof(key));
}
