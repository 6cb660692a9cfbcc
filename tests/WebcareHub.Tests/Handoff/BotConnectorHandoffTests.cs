using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels;
using WebcareHub.Handoff;
using WebcareHub.Tests.Channels.BotConnector;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>A chat on a Bot Framework channel goes through the queue and the agent hub like a website chat.</summary>
public sealed class BotConnectorHandoffTests
{
    [Fact]
    public async Task AgentMessage_ReachesTheBotConnectorConversation_ThroughTheHubsSendPath()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = BotConnectorEndpointsTests.LocalMode();
        var http = app.CreateHttpClient();
        await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(sink.ServiceUrl, "ik wil iemand spreken", "teams-chat-1"));
        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.StartsWith("bc:", handoff.ConversationKey);
        sink.Received.Clear();
        await using var agent = await AgentHubClient.ConnectAsync(app, "anna@example.nl");

        Assert.True((await agent.InvokeAsync("Claim", handoff.Id)).GetBoolean());
        await agent.InvokeAsync("Send", handoff.Id, "Goedemorgen, ik help je verder.");
        await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(sink.ServiceUrl, "dank je", "teams-chat-1", id: "act-2"));
        var chat = await agent.InvokeAsync("GetChat", handoff.Id);

        var received = sink.Received.ToList();
        var status = Assert.Single(received, r => r.Activity.Name == HandoffQueue.StatusEvent);
        Assert.Equal("Anna neemt het gesprek over.", (string?)status.Activity.Value!["message"]);
        var agentMessage = Assert.Single(received, r => r.Activity.Type == ActivityTypes.Message);
        Assert.Equal("/v3/conversations/teams-chat-1/activities", agentMessage.Path);
        Assert.Equal(("Goedemorgen, ik help je verder.", "bot-1", "Anna", "user-1"),
            (agentMessage.Activity.Text, agentMessage.Activity.From!.Id, agentMessage.Activity.From.Name, agentMessage.Activity.Recipient!.Id));
        var transcript = chat.GetProperty("transcript").EnumerateArray()
            .Select(l => (l.GetProperty("role").GetString(), l.GetProperty("name").GetString(), l.GetProperty("text").GetString())).ToList();
        Assert.Equal(("user", "User", "ik wil iemand spreken"), transcript[0]);
        Assert.Contains(("bot", "Anna", "Goedemorgen, ik help je verder."), transcript);
        Assert.Equal(("user", "User", "dank je"), transcript[^1]);
    }

    /// <summary>A file on a channel whose files the app does not keep: the agent learns of it by name, with no link.</summary>
    [Fact]
    public async Task AFileOnAnotherChannel_ReachesTheAgentByName_AsNotKept()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = BotConnectorEndpointsTests.LocalMode();
        var http = app.CreateHttpClient();
        await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(sink.ServiceUrl, "ik wil iemand spreken", "teams-chat-2"));
        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        await using var agent = await AgentHubClient.ConnectAsync(app, "anna@example.nl");
        Assert.True((await agent.InvokeAsync("Claim", handoff.Id)).GetBoolean());
        var message = System.Text.Json.JsonSerializer.SerializeToNode(BotConnectorEndpointsTests.Message(sink.ServiceUrl, "", "teams-chat-2", id: "act-3"))!;
        message["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["contentType"] = "image/png", ["contentUrl"] = "https://example.org/v3/directline/attachments/abc", ["name"] = "bon.png",
        });

        await http.PostAsJsonAsync("/api/messages", message);

        var file = (await agent.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == handoff.Id && a[3].GetArrayLength() == 1))[3][0];
        Assert.Equal(("", "bon.png"), (file.GetProperty("id").GetString(), file.GetProperty("name").GetString()));
    }
}
