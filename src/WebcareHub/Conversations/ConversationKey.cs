namespace WebcareHub.Conversations;

/// <summary>
/// The key of a conversation in the bot's state, hand-offs and agreements. A channel makes it from what it has
/// authenticated, never from a request body, and every channel has its own prefix, so keys of two channels
/// can never meet (a Bot Connector activity that says <c>channelId: "directline"</c> still gets a <c>bc:</c> key).
/// </summary>
public static class ConversationKey
{
    public const string DirectLinePrefix = "directline:";
    public const string BotConnectorPrefix = "bc:";

    /// <summary>A Direct Line conversation: the one the caller's token is bound to.</summary>
    public static string DirectLine(string conversationId) => DirectLinePrefix + conversationId;

    /// <summary>The Direct Line conversation id in a key, or null for another channel's key.</summary>
    public static string? DirectLineId(string key) =>
        key.StartsWith(DirectLinePrefix, StringComparison.Ordinal) ? key[DirectLinePrefix.Length..] : null;

    /// <summary>A Bot Connector conversation: the validated service's host and port, the channel and its conversation id.</summary>
    public static string BotConnector(Uri serviceUrl, string channelId, string conversationId) =>
        $"{BotConnectorPrefix}{serviceUrl.Authority}/{channelId}/{conversationId}";

    /// <summary>The channel a key belongs to: "directline", or the Bot Connector channel id ("msteams").</summary>
    public static string Channel(string key) =>
        DirectLineId(key) is not null ? "directline"
        : key.StartsWith(BotConnectorPrefix, StringComparison.Ordinal) && key.Split('/') is { Length: >= 3 } parts ? parts[1]
        : key.Split(':')[0];
}
