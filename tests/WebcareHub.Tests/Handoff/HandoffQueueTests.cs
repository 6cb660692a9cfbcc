using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

public sealed class HandoffQueueTests
{
    [Fact]
    public async Task Waiting_ListsCrisisThenUrgentThenOldestFirst()
    {
        await using var app = new WebcareAppFactory();
        var t0 = new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
        await app.SeedAsync(Request("normal-old", HandoffUrgency.Normal, t0));
        await app.SeedAsync(Request("high", HandoffUrgency.High, t0.AddMinutes(5)));
        await app.SeedAsync(Request("normal-new", HandoffUrgency.Normal, t0.AddMinutes(1)));
        await app.SeedAsync(Request("top", HandoffUrgency.Top, t0.AddMinutes(9)));

        var queue = await WithQueueAsync(app, q => q.WaitingAsync(CancellationToken.None));

        Assert.Equal(["top", "high", "normal-old", "normal-new"], queue.Select(q => q.ConversationKey));
    }

    [Fact]
    public async Task Claim_GivesExactlyOneOwner_WhenTwoAgentsClaimAtOnce()
    {
        await using var app = new WebcareAppFactory();
        var request = await app.SeedAsync(Request("conversation", HandoffUrgency.Normal, DateTime.UtcNow));

        var results = await Task.WhenAll(
            WithQueueAsync(app, q => q.ClaimAsync(request.Id, "agent-a", "Anna", CancellationToken.None)),
            WithQueueAsync(app, q => q.ClaimAsync(request.Id, "agent-b", "Bram", CancellationToken.None)));

        Assert.Single(results, r => r);
        var stored = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(HandoffStatus.WithAgent, stored.Status);
        Assert.Equal(results[0] ? "agent-a" : "agent-b", stored.AgentId);
    }

    [Fact]
    public async Task ClaimAndClose_TellTheCustomerInTheChat_AndGiveTheChatBackToTheBot()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil iemand spreken");
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());

        Assert.True(await WithQueueAsync(app, q => q.ClaimAsync(id, "agent-a", "Anna", CancellationToken.None)));
        Assert.False(await WithQueueAsync(app, q => q.CloseAsync(id, "agent-b", "answered", CancellationToken.None)));
        Assert.True(await WithQueueAsync(app, q => q.CloseAsync(id, "agent-a", "answered", CancellationToken.None)));

        var events = (await client.GetActivitiesAsync(session)).Activities.Where(a => a.Name == HandoffQueue.StatusEvent).ToList();
        Assert.Equal(["accepted", "completed"], events.Select(e => (string?)e.Value!["state"]));
        Assert.Equal("Anna neemt het gesprek over.", (string?)events[0].Value!["message"]);
        // Nothing was agreed in this chat, so the customer is not told that an agreement stands.
        Assert.Equal(Texts.Variations("handoff", "completed", "nl")[0], (string?)events[1].Value!["message"]);
        Assert.DoesNotContain("afgesproken", (string?)events[1].Value!["message"]);
        Assert.All(events, e => Assert.Equal("channel", e.From!.Role));
        var stored = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.Resolved, "answered"), (stored.Status, stored.Outcome));
    }

    [Fact]
    public async Task Release_PutsTheChatBackInTheQueue_OnlyForItsOwner()
    {
        await using var app = new WebcareAppFactory();
        var request = await app.SeedAsync(Request("conversation", HandoffUrgency.Normal, DateTime.UtcNow));
        await WithQueueAsync(app, q => q.ClaimAsync(request.Id, "agent-a", "Anna", CancellationToken.None));

        Assert.False(await WithQueueAsync(app, q => q.ReleaseAsync(request.Id, "agent-b", CancellationToken.None)));
        Assert.True(await WithQueueAsync(app, q => q.ReleaseAsync(request.Id, "agent-a", CancellationToken.None)));

        Assert.Single(await WithQueueAsync(app, q => q.WaitingAsync(CancellationToken.None)));
    }

    private static HandoffRequest Request(string key, HandoffUrgency urgency, DateTime at) => new()
    {
        ConversationKey = key, Reason = "human-request", Urgency = urgency, Status = HandoffStatus.Waiting, Language = "nl", RequestedAt = at,
    };

    private static async Task<T> WithQueueAsync<T>(WebcareAppFactory app, Func<HandoffQueue, Task<T>> use)
    {
        app.Start();
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<HandoffQueue>());
    }
}
