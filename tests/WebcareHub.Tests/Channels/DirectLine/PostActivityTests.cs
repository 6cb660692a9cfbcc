using System.Net;
using System.Net.Http.Json;
using System.Text;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class PostActivityTests
{
    [Fact]
    public async Task PostActivity_StoresEchoWithServerFields_AndTakesFromIdFromToken()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.PostActivityAsync(session, new
        {
            type = "message", text = "hoi", locale = "nl-NL",
            from = new { id = "someone-else", role = "bot" },
            channelData = new { clientActivityID = "c-1", custom = "kept" },
            entities = new[] { new { type = "ClientCapabilities", requiresBotState = true } },
        });
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        var echo = (await client.GetActivitiesAsync(session)).Activities.Single(a => a.Id == id);
        Assert.Equal(session.UserId, echo.From!.Id);
        Assert.Equal("user", echo.From.Role);
        Assert.Equal("directline", echo.ChannelId);
        Assert.Equal(session.ConversationId, echo.Conversation!.Id);
        Assert.Equal("webcarehub-bot", echo.Recipient!.Id);
        Assert.Equal("c-1", echo.ClientActivityId);
        Assert.Equal("kept", (string?)echo.ChannelData!["custom"]);
        Assert.Contains("ClientCapabilities", echo.Entities.ToString());
        Assert.Null(echo.ServiceUrl);
    }

    [Fact]
    public async Task PostActivity_AnswersWithReplyToTheMessage_AfterTheEcho()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = await client.GetActivitiesAsync(session);

        var id = await client.SayAsync(session, "asdfgh");
        var after = (await client.GetActivitiesAsync(session, before.Watermark)).Activities;

        Assert.Equal(id, after[0].Id);
        Assert.True(Texts.IsOneOf(after[1].Text, "fallback", "not-understood", "nl"));
        Assert.Equal(id, after[1].ReplyToId);
        Assert.True(after[0].Timestamp < after[1].Timestamp);
        Assert.NotNull(after[^1].SuggestedActions);
    }

    [Fact]
    public async Task PostActivity_ReturnsFirstIdAndStoresNothing_WhenClientActivityIdRepeats()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var message = new { type = "message", text = "hallo", channelData = new { clientActivityID = "retry-1" } };

        var first = await client.PostActivityAsync(session, message);
        await app.BotIdleAsync();
        var count = (await client.GetActivitiesAsync(session)).Activities.Count;
        var second = await client.PostActivityAsync(session, message);
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await DirectLineTestClient.ReadAsync<PostActivityResponse>(first)).Id,
            (await DirectLineTestClient.ReadAsync<PostActivityResponse>(second)).Id);
        Assert.Equal(count, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Theory]
    [InlineData("{ not json", "BadArgument")]
    [InlineData("[]", "BadArgument")]
    [InlineData("{\"text\":\"no type\"}", "MissingProperty")]
    [InlineData("{\"type\":\"conversationUpdate\"}", "BadArgument")]
    [InlineData("{\"type\":\"endOfConversation\"}", "BadArgument")]
    [InlineData("{\"type\":\"event\"}", "MissingProperty")]
    // The app's own events start dialogs or speak for staff: a client may not raise them.
    [InlineData("{\"type\":\"event\",\"name\":\"nps.ask\"}", "BadArgument")]
    [InlineData("{\"type\":\"event\",\"name\":\"handoff.verify\"}", "BadArgument")]
    [InlineData("{\"type\":\"event\",\"name\":\"Handoff.Status\",\"value\":{\"state\":\"accepted\"}}", "BadArgument")]
    [InlineData("{\"type\":\"message\",\"attachments\":[{\"contentType\":\"image/png\",\"contentUrl\":\"http://x\"}]}", "BadArgument")]
    public async Task PostActivity_ReturnsBadRequestAndStoresNothing_WhenActivityIsInvalid(string body, string code)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities",
            session.Token, new StringContent(body, Encoding.UTF8, "application/json"));
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal(before, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Fact]
    public async Task PostActivity_AcceptsEmptyAttachmentsArray_AsWebChatSendsIt()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.PostActivityAsync(session, new { type = "message", text = "hallo", attachments = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_ReturnsActivityTooLargeAndStoresNothing_WhenBodyExceedsLimit()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        var response = await client.PostActivityAsync(session, new { type = "message", text = new string('a', 262_145) });
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("ActivityTooLarge", await DirectLineTestClient.ErrorCodeAsync(response));
        Assert.Equal(before, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Fact]
    public async Task PostActivity_ReturnsMissingProperty_WhenSecretCallerOmitsFromId()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.PostActivityAsync(session with { Token = WebcareAppFactory.Secret }, new { type = "message", text = "hallo" });
        var withFrom = await client.PostActivityAsync(session with { Token = WebcareAppFactory.Secret },
            new { type = "message", text = "hallo", from = new { id = "server-user" } });
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MissingProperty", await DirectLineTestClient.ErrorCodeAsync(response));
        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(withFrom)).Id;
        Assert.Equal("server-user", (await client.GetActivitiesAsync(session)).Activities.Single(a => a.Id == id).From!.Id);
    }

    [Fact]
    public async Task PostActivity_KeepsTypingOutOfHistory()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var before = await client.GetActivitiesAsync(session);

        var response = await client.PostActivityAsync(session, new { type = "typing" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(session.ConversationId + "|t", (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id);
        var after = await client.GetActivitiesAsync(session);
        Assert.Equal(before.Activities.Count, after.Activities.Count);
        Assert.DoesNotContain(after.Activities, a => a.Type == "typing");
    }

    [Fact]
    public async Task PostActivity_GivesStrictlyIncreasingTimestamps_WhenClockStandsStill()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PostActivityAsync(session, new { type = "event", name = "ping", value = i })));
        await app.BotIdleAsync();
        var stamps = (await client.GetActivitiesAsync(session)).Activities.Select(a => a.Timestamp!.Value).ToList();

        Assert.Equal(12, stamps.Count);
        Assert.All(stamps.Zip(stamps.Skip(1)), p => Assert.True(p.Second >= p.First.AddMilliseconds(1)));
    }

    [Fact]
    public async Task PostActivity_ReturnsTooManyRequestsInDirectLineShape_WhenConversationPostsTooOften()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:ActivitiesPerMinute"] = "2" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await client.PostActivityAsync(session, new { type = "typing" });
        await client.PostActivityAsync(session, new { type = "typing" });
        var third = await client.PostActivityAsync(session, new { type = "message", text = "hallo" });
        var other = await client.StartConversationAsync();
        var otherPost = await client.PostActivityAsync(other, new { type = "typing" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(third));
        Assert.True(long.Parse(third.Headers.GetValues("Retry-After").Single()) > 1000);
        Assert.Equal(HttpStatusCode.OK, otherPost.StatusCode);
    }

    /// <summary>Someone who knows a conversation's id but not its token cannot use up the customer's budget.</summary>
    [Fact]
    public async Task PostActivity_WithoutTheToken_DoesNotUseUpTheConversationsLimit()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:ActivitiesPerMinute"] = "2" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var path = $"/v3/directline/conversations/{session.ConversationId}/activities";

        var strangers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            strangers.Add((await client.SendAsync(HttpMethod.Post, path, "not-the-token", new StringContent("{\"type\":\"typing\"}", Encoding.UTF8, "application/json"))).StatusCode);
        var customer = await client.PostActivityAsync(session, new { type = "message", text = "hallo" });

        Assert.DoesNotContain(HttpStatusCode.OK, strangers);
        Assert.Equal(HttpStatusCode.OK, customer.StatusCode);
    }
}
