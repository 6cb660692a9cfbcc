using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>Chats held by an agent who is not there go back to the queue after the grace period (60 s by default).</summary>
public sealed class AbsentAgentSweepTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-sweep-").FullName;

    [Fact]
    public async Task Sweep_GivesAChatBackToTheQueue_AfterARestart_WhenItsAgentNeverReconnects()
    {
        var file = Path.Combine(_folder, "restart.db");
        Session session;
        DirectLineTestClient customer;
        await using (var before = new WebcareAppFactory(file))
        {
            customer = before.CreateDirectLineClient();
            session = await customer.StartConversationAsync();
            await customer.SayAsync(session, "ik wil iemand spreken");
            var id = await before.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
            await WithQueueAsync(before, q => q.ClaimAsync(id, "agent-anna", "Anna", CancellationToken.None));
        }

        await using var after = new WebcareAppFactory(file);
        after.Start();
        after.Clock.Advance(TimeSpan.FromSeconds(30));
        await SweepAsync(after);
        var stillHeld = await StatusAsync(after);
        after.Clock.Advance(TimeSpan.FromSeconds(31));
        await SweepAsync(after);

        Assert.Equal(HandoffStatus.WithAgent, stillHeld);
        var request = await after.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.Waiting, null), (request.Status, request.AgentId));
        var events = (await after.CreateDirectLineClient().GetActivitiesAsync(session)).Activities
            .Where(a => a.Name == HandoffQueue.StatusEvent).Select(a => (string?)a.Value!["message"]).ToList();
        Assert.Equal(["Anna neemt het gesprek over.", Texts.Variations("handoff", "released", "nl")[0], "Je bent nu nummer 1 in de rij."], events);
    }

    [Fact]
    public async Task Sweep_GivesAChatBackToTheQueue_WhenTransferredToAColleagueWhoNeverConnects()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.SayAsync(session, "ik wil iemand spreken");
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await WithQueueAsync(app, q => q.ClaimAsync(id, "agent-anna", "Anna", CancellationToken.None));
        app.Clock.Advance(TimeSpan.FromSeconds(40));
        await WithQueueAsync(app, q => q.TransferAsync(id, "agent-anna", "agent-bram", "Bram", CancellationToken.None));

        app.Clock.Advance(TimeSpan.FromSeconds(40));
        await SweepAsync(app);
        var afterGraceOfTheClaim = await StatusAsync(app);
        app.Clock.Advance(TimeSpan.FromSeconds(21));
        await SweepAsync(app);

        Assert.Equal(HandoffStatus.WithAgent, afterGraceOfTheClaim);
        Assert.Equal(HandoffStatus.Waiting, await StatusAsync(app));
        var states = (await customer.GetActivitiesAsync(session)).Activities
            .Where(a => a.Name == HandoffQueue.StatusEvent).Select(a => (string?)a.Value!["state"]);
        Assert.Equal(["accepted", "accepted", "waiting", "waiting"], states);
    }

    [Fact]
    public async Task Handoffs_KeepOneOpenRequestPerConversation_WhenTwoAsksArriveAtOnce()
    {
        await using var app = new WebcareAppFactory(Path.Combine(_folder, "once.db"));
        app.Start();
        var asks = new[]
        {
            new HandoffAsk("directline:same", "human-request", HandoffUrgency.Normal, null, null, false, "nl", null, false),
            new HandoffAsk("directline:same", "dispute", HandoffUrgency.High, null, null, false, "nl", "klopt niet", false),
        };

        using var start = new Barrier(2);
        var results = await Task.WhenAll(asks.Select(ask => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handoffs = scope.ServiceProvider.GetRequiredService<Handoffs>();
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await handoffs.RequestAsync(ask, CancellationToken.None);
        })));

        Assert.Single(results, r => r.AlreadyOpen);
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("dispute", HandoffUrgency.High, "klopt niet"), (request.Reason, request.Urgency, request.Details));
    }

    private static Task SweepAsync(WebcareAppFactory app) => app.Services.GetRequiredService<AbsentAgentSweep>().SweepAsync();

    private static Task<HandoffStatus> StatusAsync(WebcareAppFactory app) =>
        app.QueryAsync(db => db.HandoffRequests.Select(h => h.Status).SingleAsync());

    private static async Task<T> WithQueueAsync<T>(WebcareAppFactory app, Func<HandoffQueue, Task<T>> use)
    {
        app.Start();
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<HandoffQueue>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
