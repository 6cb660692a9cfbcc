using System.Text;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

/// <summary>The app with webcare secrets set, and helpers to deliver signed webhooks to it.</summary>
public static class WebcareTestApp
{
    public const string MetaSecret = "meta-test-secret";
    public const string MetaVerifyToken = "meta-verify-token";
    public const string XSecret = "x-test-consumer-secret";
    public const string GenericSecret = "generic-test-secret";

    /// <param name="databaseFile">A SQLite file instead of the shared in-memory database, for requests that race each other.</param>
    public static WebcareAppFactory Create(Dictionary<string, string?>? extra = null, string? databaseFile = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Webcare:Meta:AppSecret"] = MetaSecret,
            ["Webcare:Meta:VerifyToken"] = MetaVerifyToken,
            ["Webcare:X:ConsumerSecret"] = XSecret,
            ["Webcare:Generic:Secret"] = GenericSecret,
            ["Webcare:MaxBodyBytes"] = "4096",
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return new WebcareAppFactory(databaseFile, settings);
    }

    public static Task<HttpResponseMessage> PostSignedAsync(HttpClient http, string path, string header, string signature, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature.Length > 0) request.Headers.Add(header, signature);
        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostGenericAsync(HttpClient http, string body) =>
        PostSignedAsync(http, "/api/webcare/webhooks/generic", "X-Webcare-Signature", WebhookSignature.Hex(GenericSecret, Encoding.UTF8.GetBytes(body)), body);

    /// <summary>One tweet delivered as X delivers it (Account Activity API), signed with the consumer secret.</summary>
    public static Task<HttpResponseMessage> PostTweetAsync(HttpClient http, string id, string text, string author = "kees_nl", int followers = 10)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            for_user_id = "999",
            tweet_create_events = new[]
            {
                new { id_str = id, created_at = "Tue Nov 24 08:50:00 +0000 2026", text, user = new { id_str = "777", screen_name = author, followers_count = followers } },
            },
        });
        return PostSignedAsync(http, "/api/webcare/webhooks/x", "x-twitter-webhooks-signature", WebhookSignature.Base64(XSecret, Encoding.UTF8.GetBytes(body)), body);
    }

    public static string GenericBody(string externalId, string text, string author = "piet", int followers = 10, string platform = "linkedin",
        string createdAt = "2026-11-24T08:55:00Z") =>
        System.Text.Json.JsonSerializer.Serialize(new { platform, externalId, author, authorFollowers = followers, createdAt, text });
}
