using System.Net;
using System.Net.Http.Json;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

/// <summary>CORS (contract section 8) and the widget token endpoint (section 2).</summary>
public sealed class BrowserAccessTests
{
    private const string Shop = "https://www.incasso-en-co.example";

    [Fact]
    public async Task Preflight_ReturnsNoContentWithCorsHeaders_WhenOriginIsAllowed()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:AllowedOrigins:0"] = Shop });
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", Shop);
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await app.CreateHttpClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Shop, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET, POST, OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("x-ms-bot-agent", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal("600", response.Headers.GetValues("Access-Control-Max-Age").Single());
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_GivesNoCorsHeaders_WhenOriginIsNotAllowed()
    {
        await using var app = new WebcareAppFactory();
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await app.CreateHttpClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ActualResponse_CarriesAllowOrigin_ForTheAppsOwnOrigin()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();
        var own = app.BaseAddress.GetLeftPart(UriPartial.Authority);
        var request = new HttpRequestMessage(HttpMethod.Post, ChatTokenEndpoints.Path) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Origin", own);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(own, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task ChatToken_ReturnsForbidden_WhenPageOriginIsNotAllowed()
    {
        await using var app = new WebcareAppFactory();
        var request = new HttpRequestMessage(HttpMethod.Post, ChatTokenEndpoints.Path) { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await app.CreateHttpClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.Conversations.Count())));
    }

    [Fact]
    public async Task ChatToken_ReturnsNewUserAndConversation_EachCall()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        var a = await client.GetChatTokenAsync();
        var b = await client.GetChatTokenAsync();

        Assert.StartsWith("u_", a.UserId);
        Assert.NotEqual(a.UserId, b.UserId);
        Assert.NotEqual(a.ConversationId, b.ConversationId);
        Assert.Equal(1800, a.ExpiresIn);
        Assert.DoesNotContain('|', a.ConversationId);
        Assert.DoesNotContain('/', a.ConversationId);
    }

    [Fact]
    public async Task ChatToken_ReturnsTooManyRequestsWithRetryAfter_WhenClientAsksTooOften()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:ChatTokensPerMinute"] = "2" });
        var http = app.CreateHttpClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) responses.Add(await http.PostAsJsonAsync(ChatTokenEndpoints.Path, new { }));

        Assert.Equal(HttpStatusCode.OK, responses[1].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[2].StatusCode);
        Assert.NotNull(responses[2].Headers.RetryAfter);
    }
}
