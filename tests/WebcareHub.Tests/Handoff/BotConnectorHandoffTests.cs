using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Channels;
using WebcareHub.Conversations;
using WebcareHub.Handoff;
using WebcareHub.Tests.Channels.BotConnector;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>A chat on a Bot Framework channel goes through the queue and reaches an agent like a website chat.</summary>
public sealed class BotConnectorHandoffTests
{
    [Fact]
    public async Task AgentMessage_ReachesTheBotConnectorConversation_ThroughTheConversationSendPath()
    {
        await using var sink = await ChannelSink.StartAsync();
        await using var app = BotConnectorEndpointsTests.LocalMode();
        var http = app.CreateHttpClient();
        await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(sink.ServiceUrl, "ik wil iemand spreken", "teams-chat-1"));
        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.StartsWith("bc:", handoff.ConversationKey);
        sink.Received.Clear();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<HandoffQueue>().ClaimAsync(handoff.Id, "agent-a", "Anna", CancellationToken.None));
            // What AgentConsoleHub.Send does with the agent's reply.
            await scope.ServiceProvider.GetRequiredService<ConversationChannels>().SendAsync(handoff.ConversationKey, new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount("agent:agent-a", "Anna", ActivityRoles.Bot),
                Text = "Goedemorgen, ik help je verder.",
                TextFormat = "plain",
            }, CancellationToken.None);
        }
        await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(sink.ServiceUrl, "dank je", "teams-chat-1", id: "act-2"));

        var received = sink.Received.ToList();
        var status = Assert.Single(received, r => r.Activity.Name == HandoffQueue.StatusEvent);
        Assert.Equal("Anna neemt het gesprek over.", (string?)status.Activity.Value!["message"]);
        var agentMessage = Assert.Single(received, r => r.Activity.Type == ActivityTypes.Message);
        Assert.Equal("/v3/conversations/teams-chat-1/activities", agentMessage.Path);
        Assert.Equal(("Goedemorgen, ik help je verder.", "bot-1", "Anna", "user-1"),
            (agentMessage.Activity.Text, agentMessage.Activity.From!.Id, agentMessage.Activity.From.Name, agentMessage.Activity.Recipient!.Id));
        await using var read = app.Services.CreateAsyncScope();
        var chat = await read.ServiceProvider.GetRequiredService<ChatViews>().ViewAsync(handoff.Id, CancellationToken.None);
        Assert.Equal(("user", "ik wil iemand spreken"), (chat.Transcript[0].Role, chat.Transcript[0].Text));
        Assert.Contains(chat.Transcript, l => (l.Role, l.Name, l.Text) == ("bot", "Anna", "Goedemorgen, ik help je verder."));
        Assert.Equal(("user", "dank je"), (chat.Transcript[^1].Role, chat.Transcript[^1].Text));
    }
}
