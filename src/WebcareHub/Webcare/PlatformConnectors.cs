using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace WebcareHub.Webcare;

/// <summary>A platform refused or failed a publish; the outbox tries again later.</summary>
public sealed class PublishFailedException(string message) : Exception(message);

/// <summary>
/// Publishes a reply on its platform: a Graph API comment reply (Facebook <c>/{id}/comments</c>, Instagram
/// <c>/{id}/replies</c>) or an X API v2 reply (<c>POST /2/tweets</c> with <c>reply.in_reply_to_tweet_id</c>).
/// Base URLs come from settings (tests point them at a local server). Every request carries the reply's
/// idempotency key in <c>Idempotency-Key</c>.
/// </summary>
public sealed class PlatformConnectors(HttpClient http, IOptions<WebcareOptions> options)
{
    public static bool CanPublish(string platform) => platform is "facebook" or "instagram" or "x";

    /// <summary>
    /// Returns the platform's id of the published reply; null when the platform took it (2xx) but its answer
    /// could not be read: it is published all the same, and trying again would post it twice.
    /// </summary>
    public async Task<string?> PublishAsync(Mention mention, MentionReply reply, CancellationToken ct)
    {
        var settings = options.Value;
        using var request = mention.Platform switch
        {
            "facebook" or "instagram" => new HttpRequestMessage(HttpMethod.Post,
                $"{settings.Meta.GraphBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(mention.ExternalId)}/{(mention.Platform == "facebook" ? "comments" : "replies")}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["message"] = reply.Text,
                    ["access_token"] = settings.Meta.PageAccessToken,
                }),
            },
            "x" => new HttpRequestMessage(HttpMethod.Post, $"{settings.X.ApiBaseUrl.TrimEnd('/')}/2/tweets")
            {
                Content = JsonContent.Create(new { text = reply.Text, reply = new { in_reply_to_tweet_id = mention.ExternalId } }),
                Headers = { Authorization = new("Bearer", settings.X.AccessToken) },
            },
            _ => throw new PublishFailedException($"no connector for {mention.Platform}: reply on the platform by hand"),
        };
        request.Headers.Add("Idempotency-Key", reply.IdempotencyKey);
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new PublishFailedException($"{mention.Platform} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var id = mention.Platform == "x" ? root.GetProperty("data").GetProperty("id").GetString() : root.GetProperty("id").GetString();
            return id;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
