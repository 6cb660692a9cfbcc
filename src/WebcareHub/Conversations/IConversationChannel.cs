using WebcareHub.Channels;

namespace WebcareHub.Conversations;

/// <summary>
/// Sending to a conversation and reading its transcript, implemented once per channel. Everything that writes
/// to a customer outside a bot turn (agents, hand-off status, follow-ups) goes through <see cref="ConversationChannels"/>.
/// </summary>
public interface IConversationChannel
{
    /// <summary>The prefix of this channel's keys (see <see cref="ConversationKey"/>).</summary>
    string KeyPrefix { get; }

    /// <summary>Sends an activity (a typing activity is shown, never stored) and returns its id.</summary>
    Task<string> SendAsync(string key, Activity activity, CancellationToken ct);

    /// <summary>The conversation's latest <paramref name="max"/> messages, oldest first.</summary>
    Task<List<TranscriptLine>> ReadTranscriptAsync(string key, int max, CancellationToken ct);
}

/// <summary>One message of a transcript: who wrote it (role and name), what, when, and the files the customer sent with it.</summary>
public sealed record TranscriptLine(long Sequence, string Role, string? Name, string Text, DateTime At)
{
    /// <summary>Files kept by the app (uploads through Direct Line); other channels keep none.</summary>
    public IReadOnlyList<ChatFile> Files { get; init; } = [];
}

/// <summary>
/// A file a customer sent: staff open one the app keeps by <see cref="Id"/> through the console's file route; one sent
/// through a channel whose files the app does not keep has no id (<see cref="NotKept"/>), so staff at least know of it.
/// </summary>
public sealed record ChatFile(string Id, string Name, string ContentType)
{
    public static ChatFile NotKept(string? name, string? contentType) => new("", name is { Length: > 0 } ? name : "bestand", contentType ?? "");

    public bool IsKept => Id.Length > 0;
}
