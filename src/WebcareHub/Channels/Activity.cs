using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WebcareHub.Channels;

/// <summary>
/// A Bot Framework Activity (schema v3) as Direct Line and Bot Connector exchange it. Properties that this
/// server does not interpret are kept in <see cref="Extra"/> and written back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcMillisecondsConverter))]
    public DateTime? Timestamp { get; set; }
    public JsonElement? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public JsonElement? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public JsonNode? Value { get; set; }
    public string? ValueType { get; set; }
    public string? Code { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData?["clientActivityID"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public Activity Clone() => ActivityJson.Deserialize(ActivityJson.Serialize(this))!;
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string ConversationUpdate = "conversationUpdate";
    public const string EndOfConversation = "endOfConversation";
    public const string Invoke = "invoke";
}

public static class ActivityRoles
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Channel = "channel";
}

public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record ConversationAccount(string? Id, string? Name = null, bool? IsGroup = null)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record SuggestedActions(List<CardAction> Actions, List<string>? To = null);

public sealed record CardAction(string Type, string? Title = null, JsonNode? Value = null, string? Text = null,
    string? DisplayText = null, string? Image = null)
{
    public static CardAction ImBack(string title, string value) => new("imBack", title, JsonValue.Create(value));
}

public sealed record Attachment(string? ContentType, string? ContentUrl = null, JsonNode? Content = null,
    string? Name = null, string? ThumbnailUrl = null);
