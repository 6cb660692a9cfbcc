using System.Net;
using System.Net.Http.Json;
using WebcareHub.Channels;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class ConversationTests
{
    [Fact]
    public async Task Start_GreetsInDutchWithSuggestedActions_WhenLocaleIsDutch()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        var session = await client.StartConversationAsync("nl-NL");
        var history = await client.GetActivitiesAsync(session);

        Assert.True(Texts.IsOneOf(history.Activities[0].Text, "welcome", "greeting", "nl"));
        var menu = history.Activities[^1];
        Assert.True(Texts.IsOneOf(menu.Text, "welcome", "menu-intro", "nl"));
        Assert.Contains(menu.SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        Assert.All(history.Activities, a =>
        {
            Assert.Equal("bot", a.From!.Role);
            Assert.Equal("webcarehub-bot", a.From.Id);
            Assert.Null(a.ReplyToId);
            Assert.Equal("nl-NL", a.Locale);
        });
    }

    [Fact]
    public async Task Start_GreetsInEnglish_WhenWidgetLocaleIsEnglish()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        var session = await client.StartConversationAsync("en-US");
        var history = await client.GetActivitiesAsync(session);

        Assert.True(Texts.IsOneOf(history.Activities[0].Text, "welcome", "greeting", "en"));
        Assert.Contains(history.Activities[^1].SuggestedActions!.Actions, a => a.Title == "Talk to a person");
    }

    [Fact]
    public async Task Start_KeepsTheLocaleOfTheWidgetToken_WhenStartBodyHasNoLocale()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var chat = await client.GetChatTokenAsync("en-US");

        await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", chat.Token, JsonContent.Create(new { user = new { } }));
        await app.BotIdleAsync();
        var history = await client.GetActivitiesAsync(new Session(chat.ConversationId, chat.Token, chat.UserId, ""));

        Assert.True(Texts.IsOneOf(history.Activities[0].Text, "welcome", "greeting", "en"));
    }

    [Fact]
    public async Task Start_ReturnsOkWithSameConversationAndNoSecondGreeting_WhenTokenStartsAgain()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var greeting = await client.GetActivitiesAsync(session);

        var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        await app.BotIdleAsync();

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await DirectLineTestClient.ReadAsync<ConversationResponse>(again);
        Assert.Equal(session.ConversationId, body.ConversationId);
        Assert.Equal(session.Token, body.Token);
        Assert.Equal(greeting.Activities.Count, (await client.GetActivitiesAsync(session)).Activities.Count);
    }

    [Fact]
    public async Task Start_CreatesNewConversationWithToken_EachTimeASecretStarts()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();

        var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", WebcareAppFactory.Secret, JsonContent.Create(new { }));
        var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", WebcareAppFactory.Secret);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await DirectLineTestClient.ReadAsync<ConversationResponse>(first);
        var b = await DirectLineTestClient.ReadAsync<ConversationResponse>(second);
        Assert.NotEqual(a.ConversationId, b.ConversationId);
        Assert.NotEqual(WebcareAppFactory.Secret, a.Token);
        Assert.StartsWith("ws://", a.StreamUrl);
    }

    [Fact]
    public async Task Reconnect_ReturnsSameTokenAndStreamUrlFromWatermark()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}?watermark=2", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync<ConversationResponse>(response);
        Assert.Equal(session.Token, body.Token);
        Assert.Contains("watermark=2", body.StreamUrl);
        Assert.StartsWith($"ws://{app.BaseAddress.Authority}/v3/directline/conversations/{session.ConversationId}/stream", body.StreamUrl);
    }

    [Fact]
    public async Task Reconnect_ReturnsAConversationToken_WhenCalledWithSecret()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", WebcareAppFactory.Secret);
        var body = await DirectLineTestClient.ReadAsync<ConversationResponse>(response);

        Assert.NotEqual(WebcareAppFactory.Secret, body.Token);
        Assert.NotNull(await client.GetActivitiesAsync(session with { Token = body.Token }));
    }

    [Fact]
    public async Task GetActivities_ReturnsOnlyNewerActivities_WhenWatermarkGiven()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var first = await client.GetActivitiesAsync(session, "");

        var userActivityId = await client.SayAsync(session, "wat bedoel je");
        var newer = await client.GetActivitiesAsync(session, first.Watermark);

        Assert.Equal(userActivityId, newer.Activities[0].Id);
        Assert.All(newer.Activities.Skip(1), a => Assert.Equal(userActivityId, a.ReplyToId));
        Assert.Equal(ConversationStore.ActivityId(session.ConversationId, long.Parse(newer.Watermark!)), newer.Activities[^1].Id);
        var all = await client.GetActivitiesAsync(session, "0");
        Assert.Equal(first.Activities.Count + newer.Activities.Count, all.Activities.Count);
        Assert.Equal(Enumerable.Range(1, all.Activities.Count).Select(n => ConversationStore.ActivityId(session.ConversationId, n)),
            all.Activities.Select(a => a.Id));
    }

    [Fact]
    public async Task GetActivities_ReturnsEmptySetWithLastWatermark_WhenWatermarkIsBeyondTheEnd()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var all = await client.GetActivitiesAsync(session);

        var beyond = await client.GetActivitiesAsync(session, "999");
        var atEnd = await client.GetActivitiesAsync(session, all.Watermark);

        Assert.Empty(beyond.Activities);
        Assert.Equal(all.Watermark, beyond.Watermark);
        Assert.Empty(atEnd.Activities);
        Assert.Equal(all.Watermark, atEnd.Watermark);
    }

    [Fact]
    public async Task GetActivities_ReturnsBadRequest_WhenWatermarkIsNotANumber()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark=abc", session.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task GetActivities_ReturnsAtMostOneHundredActivities_OldestFirst()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        for (var i = 0; i < 40; i++)
        {
            await client.PostActivityAsync(session, new { type = "event", name = "page.visible", value = i });
        }
        for (var i = 0; i < 35; i++) await client.SayAsync(session, $"bericht {i}");

        var page = await client.GetActivitiesAsync(session);
        var rest = await client.GetActivitiesAsync(session, page.Watermark);

        Assert.Equal(100, page.Activities.Count);
        Assert.Equal("100", page.Watermark);
        Assert.NotEmpty(rest.Activities);
        Assert.True(rest.Activities.Zip(rest.Activities.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp));
    }
}
