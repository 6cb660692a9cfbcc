using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

public sealed class MentionWebhookEndpointsTests
{
    private const string MetaFeed = """
        {"object":"page","entry":[{"id":"1234","time":1764000000,"changes":[{"field":"feed","value":{"item":"comment","verb":"add",
        "comment_id":"1234_555","post_id":"1234_777","parent_id":"1234_777","from":{"id":"42","name":"Karin Jansen"},
        "message":"Ik heb mijn advocaat ingeschakeld!","created_time":1764000000}}]}]}
        """;

    private const string InstagramComments = """
        {"object":"instagram","entry":[{"id":"17841400000","time":1764000000,"changes":[{"field":"comments","value":{"id":"17865799348089039",
        "text":"Top geholpen, dank jullie wel!","from":{"id":"232323","username":"joop.nl"},"media":{"id":"123123","media_product_type":"FEED"}}}]}]}
        """;

    private const string XEvents = """
        {"for_user_id":"999","tweet_create_events":[{"id_str":"1860000000000000001","created_at":"Tue Nov 24 08:50:00 +0000 2026",
        "text":"@IncassoCo waarom krijg ik weer een brief?","in_reply_to_status_id_str":null,
        "user":{"id_str":"777","screen_name":"kees_nl","followers_count":25000}},
        {"id_str":"1860000000000000002","created_at":"Tue Nov 24 08:51:00 +0000 2026","text":"@kees_nl we sturen je een DM",
        "user":{"id_str":"999","screen_name":"IncassoCo","followers_count":3000}}]}
        """;

    [Fact]
    public async Task MetaDelivery_StoresComment_WhenSignedWithAppSecret()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/meta", "X-Hub-Signature-256", MetaSignature(MetaFeed), MetaFeed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mention = await app.QueryAsync(db => db.Mentions.SingleAsync());
        Assert.Equal(("facebook", "1234_555", "1234_777", "Karin Jansen"), (mention.Platform, mention.ExternalId, mention.ParentExternalId, mention.Author));
        Assert.Equal(MentionRisk.High, mention.Risk);
        Assert.Contains("legal", mention.RiskReasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetaDelivery_StoresInstagramComment()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/meta", "X-Hub-Signature-256", MetaSignature(InstagramComments), InstagramComments);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mention = await app.QueryAsync(db => db.Mentions.SingleAsync());
        Assert.Equal(("instagram", "joop.nl", MentionSentiment.Positive), (mention.Platform, mention.Author, mention.Sentiment));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256=00")]
    [InlineData("sha256=zz-not-hex")]
    [InlineData("sha1=abc")]
    public async Task MetaDelivery_Returns401AndStoresNothing_WhenSignatureMissingOrWrong(string signature)
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/meta", "X-Hub-Signature-256", signature, MetaFeed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task MetaDelivery_Returns401_WhenBodyAlteredAfterSigning()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/meta", "X-Hub-Signature-256", MetaSignature(MetaFeed),
            MetaFeed.Replace("advocaat", "advocate", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task MetaDelivery_Returns401_WhenSignedWithAnotherSecret()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var signature = WebhookSignature.Hex("someone-else", Encoding.UTF8.GetBytes(MetaFeed));

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/meta", "X-Hub-Signature-256", signature, MetaFeed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MetaHandshake_EchoesChallenge_OnlyWithOurVerifyToken()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var ok = await http.GetAsync($"/api/webcare/webhooks/meta?hub.mode=subscribe&hub.verify_token={WebcareTestApp.MetaVerifyToken}&hub.challenge=1158201444");
        var wrong = await http.GetAsync("/api/webcare/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.DoesNotContain("1158201444", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XChallenge_AnswersResponseTokenOfCrcToken()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var answer = await http.GetFromJsonAsync<JsonElement>("/api/webcare/webhooks/x?crc_token=challenge-abc");

        // Computed independently: base64(HMAC-SHA256(key=consumer secret, message=crc_token)).
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(WebcareTestApp.XSecret));
        var expected = "sha256=" + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("challenge-abc")));
        Assert.Equal(expected, answer.GetProperty("response_token").GetString());
    }

    [Fact]
    public async Task XDelivery_StoresTweetWithFollowers_AndSkipsOurOwnReply()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/x", "x-twitter-webhooks-signature", XSignature(XEvents), XEvents);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mention = await app.QueryAsync(db => db.Mentions.SingleAsync());
        Assert.Equal(("x", "kees_nl", 25000), (mention.Platform, mention.Author, mention.AuthorFollowers));
        Assert.Equal(MentionRisk.High, mention.Risk);
        Assert.Contains("highReach", mention.RiskReasons, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256=AAAA")]
    public async Task XDelivery_Returns401AndStoresNothing_WhenSignatureMissingOrWrong(string signature)
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/x", "x-twitter-webhooks-signature", signature, XEvents);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task XDelivery_Returns401_WhenBodyAlteredAfterSigning()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/x", "x-twitter-webhooks-signature", XSignature(XEvents),
            XEvents.Replace("25000", "25001", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task GenericDelivery_StoresOnce_WhenDeliveredTwice()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var body = WebcareTestApp.GenericBody("li-1", "Waarom reageren jullie niet?");

        var first = await WebcareTestApp.PostGenericAsync(http, body);
        var second = await WebcareTestApp.PostGenericAsync(http, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetInt32());
        Assert.Equal(1, await app.QueryAsync(db => db.Mentions.CountAsync()));
        Assert.Equal(1, await app.QueryAsync(db => db.MentionAudits.CountAsync(a => a.Action == "received")));
    }

    [Fact]
    public async Task GenericDelivery_StoresOnce_WhenTheSameDeliveryArrivesInParallel()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var body = WebcareTestApp.GenericBody("li-par", "Hallo");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => WebcareTestApp.PostGenericAsync(http, body)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task GenericDelivery_Returns401_WhenSignatureWrong()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var body = WebcareTestApp.GenericBody("li-2", "Hallo");

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/generic", "X-Webcare-Signature",
            WebhookSignature.Hex("wrong", Encoding.UTF8.GetBytes(body)), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task GenericDelivery_Returns413_WhenBodyTooLarge()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var body = WebcareTestApp.GenericBody("li-3", new string('a', 5000));

        var response = await WebcareTestApp.PostGenericAsync(http, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"platform":"linkedin","text":"no id"}""")]
    [InlineData("""{"platform":"linkedin","externalId":"li-9","text":"hoi","authorFollowers":"veel"}""")]
    // A platform we publish to only arrives through its own signed webhook, never the generic one.
    [InlineData("""{"platform":"x","externalId":"1790000000000000001","text":"hoi"}""")]
    [InlineData("""{"platform":" Facebook ","externalId":"1_2","text":"hoi"}""")]
    public async Task GenericDelivery_Returns400ProblemDetails_WhenBodyMalformed(string body)
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();

        var response = await WebcareTestApp.PostGenericAsync(http, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    /// <summary>The CRC check signs with the secret that signs deliveries: it must never sign a delivery's body.</summary>
    [Fact]
    public async Task XChallenge_SignsOnlyChallengeShapedTokens_SoItCannotSignAForgedDelivery()
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var forged = """{"for_user_id":"1","tweet_create_events":[{"id_str":"1800000000000000042","user":{"id_str":"666","screen_name":"forger","followers_count":5},"text":"vals"}]}""";

        var oracle = await http.GetAsync("/api/webcare/webhooks/x?crc_token=" + Uri.EscapeDataString(forged));
        var challenge = await http.GetFromJsonAsync<JsonElement>("/api/webcare/webhooks/x?crc_token=Zm9vYmFyLWNoYWxsZW5nZV8xMjM0");

        Assert.Equal(HttpStatusCode.BadRequest, oracle.StatusCode);
        Assert.Equal(XSignature("Zm9vYmFyLWNoYWxsZW5nZV8xMjM0"), challenge.GetProperty("response_token").GetString());
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Theory]
    [InlineData("/api/webcare/webhooks/x", """{"tweet_create_events":[{"id_str":"1","text":"hoi","user":"bob"}]}""")]
    [InlineData("/api/webcare/webhooks/x", """{"tweet_create_events":[{"id_str":"1","text":"hoi","user":{"screen_name":"bob","followers_count":"10"}}]}""")]
    [InlineData("/api/webcare/webhooks/meta", """{"object":"page","entry":[{"id":"1","changes":[1]}]}""")]
    public async Task SignedDeliveryOfTheWrongShape_Gets400_NeverAServerError(string path, string body)
    {
        await using var app = WebcareTestApp.Create();
        var http = app.CreateHttpClient();
        var (header, signature) = path.EndsWith("/x", StringComparison.Ordinal)
            ? ("x-twitter-webhooks-signature", XSignature(body))
            : ("X-Hub-Signature-256", MetaSignature(body));

        var response = await WebcareTestApp.PostSignedAsync(http, path, header, signature, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await app.QueryAsync(db => db.Mentions.CountAsync()));
    }

    [Fact]
    public async Task Deliveries_Return401_WhenNoSecretIsConfigured()
    {
        await using var app = WebcareTestApp.Create(new() { ["Webcare:Generic:Secret"] = "" });
        var http = app.CreateHttpClient();
        var body = WebcareTestApp.GenericBody("li-4", "Hallo");

        var response = await WebcareTestApp.PostSignedAsync(http, "/api/webcare/webhooks/generic", "X-Webcare-Signature",
            WebhookSignature.Hex("", Encoding.UTF8.GetBytes(body)), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string MetaSignature(string body) => WebhookSignature.Hex(WebcareTestApp.MetaSecret, Encoding.UTF8.GetBytes(body));

    private static string XSignature(string body) => WebhookSignature.Base64(WebcareTestApp.XSecret, Encoding.UTF8.GetBytes(body));
}
