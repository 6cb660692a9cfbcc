using System.Net;
using System.Net.Http.Json;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class TokenTests
{
    [Fact]
    public async Task Generate_ReturnsTokenWithoutStreamUrl_WhenCalledWithSecret()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", WebcareAppFactory.Secret,
            JsonContent.Create(new { user = new { id = "u_customer1", name = "Anna" } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync<ConversationResponse>(response);
        Assert.Null(body.StreamUrl);
        Assert.Equal(1800, body.ExpiresIn);
        Assert.True(body.Token.Length >= 43);
        var stored = await app.QueryAsync(db => db.Conversations.FindAsync(body.ConversationId).AsTask());
        Assert.Equal("u_customer1", stored!.UserId);
        Assert.Null(stored.StartedAt);
    }

    [Fact]
    public async Task Generate_ReturnsBadRequest_WhenUserIdHasForbiddenCharacters()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateDirectLineClient().SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate",
            WebcareAppFactory.Secret, JsonContent.Create(new { user = new { id = "no spaces/allowed" } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Generate_ReturnsForbidden_WhenCalledWithToken()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var chat = await client.GetChatTokenAsync();

        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", chat.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task AnyRoute_ReturnsUnauthorized_WhenBearerCredentialIsMissing(string? header)
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        if (header is not null) request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task AnyRoute_ReturnsForbidden_WhenCredentialIsUnknown()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateDirectLineClient().SendAsync(HttpMethod.Post, "/v3/directline/conversations", "not-a-real-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Token_ReturnsTokenExpired_AfterItsLifetime()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(1801));
        var response = await client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Refresh_ReturnsNewTokenForSameConversation_AndRetiresTheOldOneAtOnce()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(20));

        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await DirectLineTestClient.ReadAsync<ConversationResponse>(response);
        Assert.Equal(session.ConversationId, refreshed.ConversationId);
        Assert.NotEqual(session.Token, refreshed.Token);
        Assert.Equal(1800, refreshed.ExpiresIn);
        var oldRead = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        var oldRefresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (oldRead.StatusCode, oldRefresh.StatusCode));
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.NotNull(await client.GetActivitiesAsync(session with { Token = refreshed.Token }));
    }

    [Fact]
    public async Task Refresh_ReturnsTooManyRequests_PastTheConversationsLimit()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:TokenRefreshesPerHour"] = "2" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var token = session.Token;
        for (var i = 0; i < 2; i++)
        {
            var ok = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            token = (await DirectLineTestClient.ReadAsync<ConversationResponse>(ok)).Token;
        }
        var refused = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(refused));
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.NotNull(await client.GetActivitiesAsync(session with { Token = token }));
    }

    [Fact]
    public async Task Refresh_ReturnsForbidden_WhenCalledWithSecret()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateDirectLineClient().SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", WebcareAppFactory.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Token_ReturnsForbiddenAndStoresNothing_WhenUsedOnAnotherConversation()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var mine = await client.StartConversationAsync();
        var theirs = await client.StartConversationAsync();
        var before = await client.GetActivitiesAsync(theirs);

        var read = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}", mine.Token);
        var post = await client.PostActivityAsync(theirs with { Token = mine.Token }, new { type = "message", text = "hallo" });
        await app.BotIdleAsync();

        Assert.All([read, reconnect, post], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(before.Activities.Count, (await client.GetActivitiesAsync(theirs)).Activities.Count);
    }

    [Fact]
    public async Task Secret_ReturnsNotFound_ForUnknownConversation()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateDirectLineClient().SendAsync(HttpMethod.Get,
            "/v3/directline/conversations/doesnotexist/activities", WebcareAppFactory.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task GetSessionId_ReturnsNotFound()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateHttpClient().GetAsync("/v3/directline/session/getsessionid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
