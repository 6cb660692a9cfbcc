using WebcareHub.Channels;

namespace WebcareHub.Conversations;

/// <summary>The one way to send to a conversation or read it, whatever its channel: the key's prefix picks the channel.</summary>
public sealed class ConversationChannels(IEnumerable<IConversationChannel> channels)
{
    public Task<string> SendAsync(string key, Activity activity, CancellationToken ct) => For(key).SendAsync(key, activity, ct);

    public Task<List<TranscriptLine>> ReadTranscriptAsync(string key, int max, CancellationToken ct) =>
        For(key).ReadTranscriptAsync(key, max, ct);

    private IConversationChannel For(string key) =>
        channels.FirstOrDefault(c => key.StartsWith(c.KeyPrefix, StringComparison.Ordinal))
        ?? throw new ConversationUnreachableException($"No channel serves conversation key '{key}'");
}
