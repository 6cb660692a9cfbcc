using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Conversations;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.BotConnector;

/// <summary><c>/api/messages</c> in local mode (Development, no app id), as the Bot Framework Emulator uses it.</summary>
public sealed class BotConnectorEndpointsTests
{
    /// <summary>Development without the demo accounts and the dialog watcher, which these tests do not need.</summary>
    public static WebcareAppFactory LocalMode(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Staff:SeedDemoUsers"] = "false", ["Bot:ReloadDialogsOnChange"] = "false" };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        return new WebcareAppFactory(settings: all, environment: "Development");
    }

    public static object Message(string serviceUrl, string text, string conversationId = "a1b2c3|livechat", string channelId = "emulator",
        string userId = "user-1", string id = "act-1") => new
        {
            type = "message",
            id,
            text,
            locale = "nl-NL",
            channelId,
            serviceUrl,
            from = new { id = userId, name = "User", role = "user" },
            recipient = new { id = "bot-1", name = "Bot", role = "bot" },
            conversation = new { id = conversationId },
        };

    [Fact]
    public async Task PostMessage_RepliesToServiceUrlAtReplyRoute_WithoutAuthorizationInLocalMode()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode();

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, "xyz onbekend"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = sink.Received.ToList();
        Assert.Equal("typing", replies[0].Activity.Type);
        var messages = replies.Where(r => r.Activity.Type == "message").ToList();
        Assert.True(Texts.IsOneOf(messages[0].Activity.Text, "fallback", "not-understood", "nl"));
        Assert.All(messages, r =>
        {
            Assert.Equal("/v3/conversations/a1b2c3%7Clivechat/activities/act-1", r.Path);
            Assert.Equal("act-1", r.Activity.ReplyToId);
            Assert.Equal("bot-1", r.Activity.From!.Id);
            Assert.Equal("user-1", r.Activity.Recipient!.Id);
            Assert.Equal("a1b2c3|livechat", r.Activity.Conversation!.Id);
            Assert.Equal("", r.Authorization);
        });
    }

    [Fact]
    public async Task ConversationUpdate_GreetsOnce_WhenTheUserJoins()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode();
        var http = app.CreateHttpClient();
        object Update(string memberId) => new
        {
            type = "conversationUpdate",
            id = "cu-" + memberId,
            channelId = "emulator",
            serviceUrl = sink.ServiceUrl,
            from = new { id = "user-1" },
            recipient = new { id = "bot-1", role = "bot" },
            conversation = new { id = "conv-9" },
            membersAdded = new[] { new { id = memberId } },
        };

        await http.PostAsJsonAsync("/api/messages", Update("bot-1"));
        Assert.Empty(sink.Received);
        await http.PostAsJsonAsync("/api/messages", Update("user-1"));

        var greeting = sink.Received.First();
        Assert.True(Texts.IsOneOf(greeting.Activity.Text, "welcome", "greeting", "nl"));
        Assert.Equal("/v3/conversations/conv-9/activities", greeting.Path);
    }

    [Fact]
    public async Task PostMessage_LeavesTheDirectLineConversationAlone_WhenTheBodyNamesIt()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode();
        await app.SeedInvoiceAsync(number: "F2026-00777");
        var client = app.CreateDirectLineClient();
        var victim = await client.StartConversationAsync();
        await client.SayAsync(victim, "Mijn factuur bekijken");
        await client.SayAsync(victim, "F2026-00777");
        Assert.Contains(await client.RepliesAsync(victim, "1234 AB"), a => a.Text!.Contains("hoofdsom"));
        var stateBefore = await app.QueryAsync(db => db.ConversationStates.AsNoTracking().SingleAsync(s => s.Key == ConversationKey.DirectLine(victim.ConversationId)));
        var transcriptBefore = (await client.GetActivitiesAsync(victim)).Activities.Count;
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var http = app.CreateHttpClient();
        foreach (var text in new[] { "Mijn factuur bekijken", "Betaaldatum doorgeven", "volgende week vrijdag", "ja" })
        {
            var response = await http.PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, text, victim.ConversationId, "directline", victim.UserId));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var said = string.Join("\n", sink.Received.Select(r => r.Activity.Text));
        Assert.True(Texts.IsOneOf(sink.Received.First(r => r.Activity.Type == "message").Activity.Text, "verify", "explain", "nl"), said);
        foreach (var secret in new[] { "F2026-00777", "hoofdsom", "1.162,34", "NL91ABNA0417164300", "Sanne" }) Assert.DoesNotContain(secret, said);
        var stateAfter = await app.QueryAsync(db => db.ConversationStates.AsNoTracking().SingleAsync(s => s.Key == ConversationKey.DirectLine(victim.ConversationId)));
        Assert.Equal((stateBefore.ValuesJson, stateBefore.DialogId, stateBefore.StepId, stateBefore.UpdatedAt),
            (stateAfter.ValuesJson, stateAfter.DialogId, stateAfter.StepId, stateAfter.UpdatedAt));
        Assert.Equal(transcriptBefore, (await client.GetActivitiesAsync(victim)).Activities.Count);
        Assert.Empty(await app.QueryAsync(db => db.PaymentPromises.ToListAsync()));
        var botConnectorKey = await app.QueryAsync(db => db.ConversationStates.Where(s => s.Key != stateAfter.Key).Select(s => s.Key).SingleAsync());
        Assert.StartsWith("bc:127.0.0.1:", botConnectorKey);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task PostMessage_ReturnsNotFound_OutsideDevelopmentWithoutAppId(string environment)
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = new WebcareAppFactory(environment: environment);

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(sink.Received);
        Assert.Equal(1, app.Logs.Count(typeof(BotConnectorEndpoints), LogLevel.Information));
    }

    [Fact]
    public async Task PostMessage_ReturnsNotFound_InLocalModeForACallerBehindAProxy()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode(new() { ["ForwardedHeaders_Enabled"] = "true" });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Message(sink.ServiceUrl, "hallo")) };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await app.CreateHttpClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(sink.Received);
    }

    [Theory]
    [InlineData("{ nope")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation or serviceUrl\"}")]
    public async Task PostMessage_ReturnsBadRequestProblem_WhenActivityIsMalformed(string body)
    {
        await using var app = LocalMode();
        var response = await app.CreateHttpClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>A page in a developer's browser may post text/plain to a loopback port without asking first: refused.</summary>
    [Fact]
    public async Task PostMessage_RefusesABodyThatIsNotJson_SoAPageCannotPostToTheLocalBot()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode();
        var json = System.Text.Json.JsonSerializer.Serialize(Message(sink.ServiceUrl, "hallo"));

        var response = await app.CreateHttpClient().PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.BotConnectorMessages.CountAsync()));
    }

    [Fact]
    public async Task PostMessage_ReturnsPayloadTooLarge_AboveTheDirectLineLimit()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode(new() { ["DirectLine:MaxActivityBytes"] = "2048" });

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, new string('x', 3000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task PostMessage_ReturnsTooManyRequests_PastTheConversationsLimit()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode(new() { ["DirectLine:ActivitiesPerMinute"] = "2" });
        var http = app.CreateHttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await http.PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, "hallo", id: $"act-{i}"))).StatusCode);
        var other = await http.PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, "hallo", conversationId: "another"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task PostMessage_RunsTurnsOfOneConversationInOrder_SoParallelGuessesStopAtTheChatsLimit()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = LocalMode(new() { ["DirectLine:ActivitiesPerMinute"] = "100", ["Verification:MaxFailuresPerSource"] = "10" });
        await app.SeedInvoiceAsync();
        var http = app.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, "F2026-00012", id: "act-0"))).StatusCode);

        var guesses = Enumerable.Range(1, 8).Select(i => http.PostAsJsonAsync("/api/messages", Message(sink.ServiceUrl, $"{9000 + i} ZZ", id: $"act-{i}")));
        var statuses = (await Task.WhenAll(guesses)).Select(r => r.StatusCode).ToList();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // One at a time, the dialog takes them as it would typed one after another: the first is checked and fails,
        // and the chat never gets past its three failed checks (Verification:MaxFailuresPerConversation). Before, all
        // eight were checked at once against the same "no failures yet".
        Assert.InRange(await app.QueryAsync(db => db.VerificationAttempts.CountAsync()), 1, 3);
    }

    [Fact]
    public async Task PostMessage_AnswersOkAndKeepsTheTurn_WhenTheChannelCannotBeReached()
    {
        string deadServiceUrl;
        await using (var gone = await ChannelSink.StartAsync()) deadServiceUrl = gone.ServiceUrl;
        await using var app = LocalMode();

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages", Message(deadServiceUrl, "Mijn factuur bekijken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Logs.Count(typeof(ConnectorClient), LogLevel.Warning));
        var state = await app.QueryAsync(db => db.ConversationStates.AsNoTracking().SingleAsync());
        Assert.Equal("verify", state.DialogId);
    }
}
