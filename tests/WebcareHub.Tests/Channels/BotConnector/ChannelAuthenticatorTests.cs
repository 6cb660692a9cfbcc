using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.BotConnector;

/// <summary>
/// Production mode against a local OpenID metadata, JWKS and token server (real HTTP on loopback, a key made
/// here): only a channel token that is right in every respect runs a turn, and replies carry the bot's own token.
/// </summary>
public sealed class ChannelAuthenticatorTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000a1";

    private static WebcareAppFactory ProductionMode(BotFrameworkKeyServer keys, ChannelSink sink) => new(settings: new()
    {
        ["BotConnector:MicrosoftAppId"] = AppId,
        ["BotConnector:MicrosoftAppPassword"] = "app-password",
        ["BotConnector:AllowedServiceUrls:0"] = sink.ServiceUrl,
        ["BotConnector:OpenIdMetadataUrl"] = keys.MetadataUrl,
        ["BotConnector:TokenEndpoint"] = keys.TokenEndpoint,
    });

    private static Task<HttpResponseMessage> PostAsync(WebcareAppFactory app, ChannelSink sink, string? token, string channelId = "msteams")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(BotConnectorEndpointsTests.Message(sink.ServiceUrl, "hallo", channelId: channelId)),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return app.CreateHttpClient().SendAsync(request);
    }

    [Fact]
    public async Task PostMessage_RunsTheTurnAndRepliesWithTheBotsToken_WhenTheChannelTokenIsValid()
    {
        await using var keys = await BotFrameworkKeyServer.StartAsync("msteams");
        await using var sink = await ChannelSink.StartAsync();
        await using var app = ProductionMode(keys, sink);

        var response = await PostAsync(app, sink, keys.CreateToken(AppId, sink.ServiceUrl, app.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(sink.Received);
        Assert.All(sink.Received, r => Assert.Equal("Bearer " + BotFrameworkKeyServer.AccessToken, r.Authorization));
        var asked = Assert.Single(keys.TokenRequests);
        Assert.Equal(("client_credentials", AppId, "app-password", "https://api.botframework.com/.default"),
            (asked["grant_type"], asked["client_id"], asked["client_secret"], asked["scope"]));
    }

    [Fact]
    public async Task PostMessage_ReturnsUnauthorized_WithoutAChannelToken()
    {
        await using var keys = await BotFrameworkKeyServer.StartAsync("msteams");
        await using var sink = await ChannelSink.StartAsync();
        await using var app = ProductionMode(keys, sink);

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(app, sink, token: null)).StatusCode);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task PostMessage_ReturnsServiceUnavailableAndRunsNoTurn_WhenTheSigningKeysCannotBeRead()
    {
        await using var sink = await ChannelSink.StartAsync();
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there any more
        await using var app = new WebcareAppFactory(settings: new()
        {
            ["BotConnector:MicrosoftAppId"] = AppId,
            ["BotConnector:MicrosoftAppPassword"] = "app-password",
            ["BotConnector:AllowedServiceUrls:0"] = sink.ServiceUrl,
            ["BotConnector:OpenIdMetadataUrl"] = $"http://127.0.0.1:{port}/.well-known/openid-configuration",
            ["BotConnector:TokenEndpoint"] = $"http://127.0.0.1:{port}/token",
        });

        var response = await PostAsync(app, sink, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty(sink.Received);
    }

    public static TheoryData<string> WrongTokens => ["issuer", "audience", "expired", "key", "serviceurl", "channel"];

    [Theory]
    [MemberData(nameof(WrongTokens))]
    public async Task PostMessage_ReturnsUnauthorizedAndRunsNoTurn_WhenTheTokenIsWrong(string wrong)
    {
        await using var keys = await BotFrameworkKeyServer.StartAsync("msteams");
        await using var sink = await ChannelSink.StartAsync();
        await using var app = ProductionMode(keys, sink);
        using var otherKey = RSA.Create(2048);
        var now = app.Clock.GetUtcNow();
        var token = wrong switch
        {
            "issuer" => keys.CreateToken(AppId, sink.ServiceUrl, now, issuer: "https://sts.windows.net/someone-else/"),
            "audience" => keys.CreateToken("00000000-0000-0000-0000-0000000000b2", sink.ServiceUrl, now),
            "expired" => keys.CreateToken(AppId, sink.ServiceUrl, now, validFor: TimeSpan.FromMinutes(-10)),
            "key" => keys.CreateToken(AppId, sink.ServiceUrl, now, signWith: otherKey),
            "serviceurl" => keys.CreateToken(AppId, "https://other.example/", now),
            _ => keys.CreateToken(AppId, sink.ServiceUrl, now),
        };

        var response = await PostAsync(app, sink, token, channelId: wrong == "channel" ? "slack" : "msteams");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sink.Received);
        Assert.Equal(0, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ConversationStates)));
    }
}
