using System.Net;
using System.Net.Http.Json;
using System.Text;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.BotConnector;

public sealed class BotConnectorEndpointsTests
{
    [Fact]
    public async Task PostMessage_RepliesToServiceUrlAtReplyRoute_WithoutAuthorizationInLocalMode()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var response = await http.PostAsJsonAsync("/api/messages", new
        {
            type = "message", id = "act-1", text = "xyz onbekend", locale = "nl-NL", channelId = "emulator",
            serviceUrl = sink.ServiceUrl,
            from = new { id = "user-1", name = "User", role = "user" },
            recipient = new { id = "bot-1", name = "Bot", role = "bot" },
            conversation = new { id = "a1b2c3|livechat" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = sink.Received.ToList();
        var typing = replies[0];
        Assert.Equal("typing", typing.Activity.Type);
        var messages = replies.Where(r => r.Activity.Type == "message").ToList();
        Assert.True(Texts.IsOneOf(messages[0].Activity.Text, "fallback", "not-understood", "nl"));
        Assert.All(messages, r =>
        {
            Assert.Equal("/v3/conversations/a1b2c3%7Clivechat/activities/act-1", r.Path);
            Assert.Equal("a1b2c3|livechat", r.ConversationId);
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
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();
        object Update(string memberId) => new
        {
            type = "conversationUpdate", id = "cu-" + memberId, channelId = "emulator", serviceUrl = sink.ServiceUrl,
            from = new { id = "user-1" }, recipient = new { id = "bot-1", role = "bot" },
            conversation = new { id = "conv-9" }, membersAdded = new[] { new { id = memberId } },
        };

        await http.PostAsJsonAsync("/api/messages", Update("bot-1"));
        Assert.Empty(sink.Received);
        await http.PostAsJsonAsync("/api/messages", Update("user-1"));

        var greeting = sink.Received.First();
        Assert.True(Texts.IsOneOf(greeting.Activity.Text, "welcome", "greeting", "nl"));
        Assert.Equal("/v3/conversations/conv-9/activities", greeting.Path);
    }

    [Fact]
    public async Task PostMessage_SendsNothing_WhenServiceUrlIsNotAllowed()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = new WebcareAppFactory(settings: new() { ["BotConnector:AllowedServiceUrls:0"] = "http://127.0.0.1:1/" });
        var http = app.CreateHttpClient();

        var response = await http.PostAsJsonAsync("/api/messages", new
        {
            type = "message", id = "act-1", text = "hallo", serviceUrl = sink.ServiceUrl,
            from = new { id = "user-1" }, recipient = new { id = "bot-1" }, conversation = new { id = "c" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sink.Received);
    }

    [Theory]
    [InlineData("{ nope")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation or serviceUrl\"}")]
    public async Task PostMessage_ReturnsBadRequestProblem_WhenActivityIsMalformed(string body)
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateHttpClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PostMessage_ReturnsUnauthorized_InProductionModeWithoutChannelToken()
    {
        await using var app = new WebcareAppFactory(settings: new()
        {
            ["BotConnector:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["BotConnector:MicrosoftAppPassword"] = "not-used",
        });

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages", new
        {
            type = "message", text = "hallo", serviceUrl = "https://smba.example/", conversation = new { id = "c" },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
