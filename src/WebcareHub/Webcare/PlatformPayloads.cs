using System.Globalization;
using System.Text.Json;

namespace WebcareHub.Webcare;

/// <summary>
/// Reads the platforms' webhook bodies into <see cref="IncomingMention"/>s: Meta's page <c>feed</c> changes
/// (new comments and posts) and Instagram <c>comments</c>/<c>mentions</c>; X's Account Activity
/// <c>tweet_create_events</c>; and the generic shape. Other changes (likes, edits, removals) are skipped.
/// A body that is not JSON of the expected shape throws <see cref="JsonException"/>.
/// </summary>
public static class PlatformPayloads
{
    public static List<IncomingMention> ReadMeta(JsonElement root, DateTime now)
    {
        var found = new List<IncomingMention>();
        var instagram = Str(root, "object") == "instagram";
        foreach (var entry in Array(root, "entry"))
        {
            foreach (var change in Array(entry, "changes"))
            {
                var field = Str(change, "field");
                if (!change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object) continue;
                if (field == "feed" && !instagram) ReadFeed(value, now, found);
                else if (field == "comments" && instagram) ReadInstagramComment(value, now, found);
                else if (field == "mentions" && instagram) ReadInstagramMention(value, now, found);
            }
        }
        return found;
    }

    private static void ReadFeed(JsonElement value, DateTime now, List<IncomingMention> found)
    {
        var item = Str(value, "item");
        if (Str(value, "verb") != "add" || item is not ("comment" or "post" or "status")) return;
        var id = item == "comment" ? Str(value, "comment_id") : Str(value, "post_id");
        if (string.IsNullOrEmpty(id)) return;
        var parent = item == "comment" ? Str(value, "parent_id") ?? Str(value, "post_id") : null;
        var from = value.TryGetProperty("from", out var f) ? f : default;
        var author = from.ValueKind == JsonValueKind.Object ? Str(from, "name") ?? Str(from, "id") ?? "?" : "?";
        found.Add(new IncomingMention("facebook", id, parent, author, null, Time(value, "created_time", now), Str(value, "message") ?? ""));
    }

    private static void ReadInstagramComment(JsonElement value, DateTime now, List<IncomingMention> found)
    {
        var id = Str(value, "id");
        if (string.IsNullOrEmpty(id)) return;
        var from = value.TryGetProperty("from", out var f) ? f : default;
        var author = from.ValueKind == JsonValueKind.Object ? Str(from, "username") ?? Str(from, "id") ?? "?" : "?";
        var parent = Str(value, "parent_id") ?? (value.TryGetProperty("media", out var media) ? Str(media, "id") : null);
        found.Add(new IncomingMention("instagram", id, parent, author, null, Time(value, "timestamp", now), Str(value, "text") ?? ""));
    }

    /// <summary>An @mention in someone's comment or caption: Meta sends only ids, the text is read on the platform.</summary>
    private static void ReadInstagramMention(JsonElement value, DateTime now, List<IncomingMention> found)
    {
        var id = Str(value, "comment_id") ?? Str(value, "media_id");
        if (string.IsNullOrEmpty(id)) return;
        found.Add(new IncomingMention("instagram", id, Str(value, "media_id"), "?", null, now, ""));
    }

    public static List<IncomingMention> ReadX(JsonElement root, DateTime now)
    {
        var ownAccount = Str(root, "for_user_id");
        var found = new List<IncomingMention>();
        foreach (var tweet in Array(root, "tweet_create_events"))
        {
            var id = Str(tweet, "id_str");
            if (string.IsNullOrEmpty(id) || !tweet.TryGetProperty("user", out var user)) continue;
            // Our own replies come back through the same subscription.
            if (ownAccount is not null && Str(user, "id_str") == ownAccount) continue;
            var text = tweet.TryGetProperty("extended_tweet", out var extended) && Str(extended, "full_text") is { } full ? full : Str(tweet, "text") ?? "";
            int? followers = user.TryGetProperty("followers_count", out var count) && count.TryGetInt32(out var n) ? n : null;
            var created = DateTime.TryParseExact(Str(tweet, "created_at"), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal, out var at) ? at : now;
            found.Add(new IncomingMention("x", id, Str(tweet, "in_reply_to_status_id_str"), Str(user, "screen_name") ?? "?", followers, created, text));
        }
        return found;
    }

    public static IncomingMention ReadGeneric(JsonElement root, DateTime now)
    {
        var platform = Str(root, "platform");
        var id = Str(root, "externalId");
        var text = Str(root, "text");
        if (string.IsNullOrWhiteSpace(platform) || string.IsNullOrWhiteSpace(id) || text is null)
            throw new JsonException("platform, externalId and text are required");
        var name = platform.Trim().ToLowerInvariant();
        // Platforms we publish to arrive through their own signed webhooks: a generic source naming one could steer a
        // reply onto any post there, or take a real post's id before its delivery.
        if (PlatformConnectors.CanPublish(name))
            throw new JsonException($"platform \"{platform.Trim()}\" arrives through its own webhook, not the generic one");
        int? followers = root.TryGetProperty("authorFollowers", out var f) && f.TryGetInt32(out var n) ? n : null;
        return new IncomingMention(name[..Math.Min(20, name.Length)], id, Str(root, "parentExternalId"),
            Str(root, "author") ?? "?", followers, Time(root, "createdAt", now), text);
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : [];

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>Unix seconds (Meta's feed) or an ISO 8601 string; the arrival time when absent or unreadable.</summary>
    private static DateTime Time(JsonElement element, string name, DateTime now)
    {
        if (!element.TryGetProperty(name, out var value)) return now;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds))
            return seconds is >= 0 and <= 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : now;
        return value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime : now;
    }
}
