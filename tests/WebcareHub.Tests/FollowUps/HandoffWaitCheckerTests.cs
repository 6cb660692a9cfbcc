using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>A chat nobody claims: after the configured wait the customer is told honestly, once, and a call-back task is made.</summary>
public sealed class HandoffWaitCheckerTests
{
    [Fact]
    public async Task Check_TellsTheCustomerOnce_AndMakesACallbackTask_WhenNobodyClaimsInTime()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, "Met een medewerker praten");
        var requestedAt = app.Clock.GetUtcNow();

        var early = await CheckAsync(app, new FakeTimeProvider(requestedAt.AddMinutes(9)));
        var due = await CheckAsync(app, new FakeTimeProvider(requestedAt.AddMinutes(10)));
        var again = await CheckAsync(app, new FakeTimeProvider(requestedAt.AddMinutes(30)));
        var messages = (await client.GetActivitiesAsync(session)).Activities.Where(a => a.Text?.StartsWith("Het duurt langer dan we hoopten", StringComparison.Ordinal) == true).ToList();

        Assert.Equal((0, 1, 0), (early, due, again));
        // A guest gave no number: the bot promises the queue, not a call.
        Assert.True(Texts.IsOneOf(Assert.Single(messages).Text, "handoff", "wait-too-long-guest", "nl"));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal(CallbackReasons.UnclaimedHandoff, task.Reason);
        Assert.Equal(HandoffStatus.Waiting, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Status).SingleAsync()));
    }

    [Fact]
    public async Task Check_PromisesACall_OnlyToACustomerWeCanReach()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        await app.SeedInvoiceAsync(number: "F2026-00777");
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00777");
        await client.SayAsync(session, "1234 AB");
        await client.RepliesAsync(session, "Met een medewerker praten");

        await CheckAsync(app, new FakeTimeProvider(app.Clock.GetUtcNow().AddMinutes(10)));

        var told = (await client.GetActivitiesAsync(session)).Activities.Last(a => a.Text?.StartsWith("Het duurt langer dan we hoopten", StringComparison.Ordinal) == true);
        Assert.True(Texts.IsOneOf(told.Text, "handoff", "wait-too-long", "nl"));
        Assert.NotNull(await app.QueryAsync(db => db.CallbackTasks.Select(t => t.DebtorId).SingleAsync()));
    }

    /// <summary>A possible crisis that waits too long hears the 113 line again and is first on the call-back list; an
    /// ordinary chat hears no 113 line.</summary>
    [Theory]
    [InlineData("ik wil er een eind aan maken", true)]
    [InlineData("Met een medewerker praten", false)]
    public async Task Check_GivesAPossibleCrisis113_AndTheTopOfTheList(string text, bool crisis)
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, text);
        var before = (await client.GetActivitiesAsync(session)).Activities.Count;

        await CheckAsync(app, new FakeTimeProvider(app.Clock.GetUtcNow().AddMinutes(10)));

        var told = (await client.GetActivitiesAsync(session)).Activities.Skip(before).ToList();
        Assert.Equal(crisis, told.Any(a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl")));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync(t => t.SourceKey.StartsWith("handoff-wait:")));
        Assert.Equal(crisis ? CallbackReasons.Crisis : CallbackReasons.UnclaimedHandoff, task.Reason);
    }

    /// <summary>A task made for a chat nobody picked up moves to the top of the call-back list when the chat then leaves the
    /// gentle crisis question unanswered (second review of round 46).</summary>
    [Fact]
    public async Task ATaskForAnUnclaimedChat_BecomesACrisis_WhenTheQuestionGoesUnanswered()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, "Met een medewerker praten");
        await CheckAsync(app, new FakeTimeProvider(app.Clock.GetUtcNow().AddMinutes(10)));
        await client.SayAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");

        await client.SayAsync(session, "laat maar");

        Assert.Equal(CallbackReasons.Crisis, (await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync())).Reason);
    }

    /// <summary>
    /// After closing, a chat still waiting hears honestly that people have gone and when they are back, once, and moves to
    /// the call-back list: a guest's as a message to read (no call promised), a possible crisis first and with the 113 line.
    /// The place shown above the chat gives way to the list, and the agents' consoles reload their queue.
    /// </summary>
    [Theory]
    [InlineData(HandoffUrgency.Normal, CallbackReasons.Message, false)]
    [InlineData(HandoffUrgency.Top, CallbackReasons.Crisis, true)]
    public async Task Check_AfterClosing_MovesAChatStillWaiting_ToTheCallbackList(HandoffUrgency urgency, string reason, bool line)
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var request = await app.SeedQueuedBeforeClosingAsync(session, urgency);
        await using var agent = await AgentHubClient.ConnectAsync(app, "agent@webcarehub.test");

        var told = await CheckAsync(app, app.Clock);
        var again = await CheckAsync(app, app.Clock);

        Assert.Equal((1, 0), (told, again));
        await agent.WaitForAsync("QueueChanged", _ => true); // the consoles drop it from their queue
        var history = (await client.GetActivitiesAsync(session)).Activities;
        // The place shown above the chat gives way to the call-back list.
        Assert.Equal("callback", (string?)history.Last(a => a.Name == "handoff.status").Value!["state"]);
        var said = history.Where(a => a.From?.Role == "bot").ToList();
        Assert.Contains(said, a => Texts.IsOneOfClosedToday(a.Text, "handoff", "closed-while-waiting-guest"));
        Assert.Equal(line, said.Any(a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl")));
        Assert.Equal(HandoffStatus.CallbackRequested, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Status).SingleAsync()));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackTask.HandoffKey(request.Id), reason), (task.SourceKey, task.Reason));
    }

    /// <summary>A chat left waiting overnight counts its wait from the opening: nothing at 08:35, told at 08:40; a possible
    /// crisis is told (and first on the call-back list) at once.</summary>
    [Theory]
    [InlineData("Met een medewerker praten", 0)]
    [InlineData("ik wil er een eind aan maken", 1)]
    public async Task Check_CountsTheWaitFromTheOpening(string text, int toldEarly)
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, text);
        app.Clock.Advance(new DateTimeOffset(2026, 11, 25, 7, 35, 0, TimeSpan.Zero) - app.Clock.GetUtcNow()); // Wednesday 08:35 Amsterdam

        var early = await CheckAsync(app, app.Clock);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var due = await CheckAsync(app, app.Clock);

        Assert.Equal((toldEarly, 1 - toldEarly), (early, due));
    }

    /// <summary>
    /// After closing, a customer we can reach (here: a number given in the chat) is promised a colleague's contact, and the
    /// task that keeps that promise is a call-back request with the number.
    /// </summary>
    [Fact]
    public async Task Check_AfterClosing_PromisesContact_OnlyWithATaskToCall()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await app.SeedQueuedBeforeClosingAsync(session, details: "bel me op 0612345678");

        await CheckAsync(app, app.Clock);

        var said = (await client.GetActivitiesAsync(session)).Activities.Where(a => a.From?.Role == "bot").ToList();
        Assert.Contains(said, a => Texts.IsOneOfClosedToday(a.Text, "handoff", "closed-while-waiting"));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal(CallbackReasons.CallbackRequest, task.Reason);
        Assert.Contains("0612345678", task.Context, StringComparison.Ordinal);
    }

    /// <summary>
    /// Several chats left at closing all move before anyone is told a place: nobody hears "je bent nu nummer 1" after
    /// closing, each sees the call-back list above the chat (review of 44f748c).
    /// </summary>
    [Fact]
    public async Task Check_AfterClosing_TellsNoPlaces_WhileMovingSeveralChats()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var sessions = new List<Session>();
        for (var i = 0; i < 3; i++)
        {
            var session = await client.StartConversationAsync();
            await app.SeedQueuedBeforeClosingAsync(session);
            sessions.Add(session);
        }

        Assert.Equal(3, await CheckAsync(app, app.Clock));

        foreach (var session in sessions)
        {
            var states = (await client.GetActivitiesAsync(session)).Activities.Where(a => a.Name == "handoff.status").Select(a => (string?)a.Value!["state"]).ToList();
            Assert.Equal(["callback"], states);
        }
    }

    /// <summary>
    /// A wait task of the day that an agent already closed keeps no promise: at closing the chat gets a task of its own,
    /// so "a colleague will contact you" has something behind it (review of 44f748c).
    /// </summary>
    [Fact]
    public async Task Check_AfterClosing_MakesATask_WhenTheDaysWaitTaskIsDone()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var request = await app.SeedQueuedBeforeClosingAsync(session, details: "bel me op 0612345678");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.SeedAsync(new CallbackTask
        {
            SourceKey = CallbackTask.HandoffWaitSource + request.Id, Reason = CallbackReasons.UnclaimedHandoff, DueAt = now, CreatedAt = now,
            ConversationKey = request.ConversationKey, Language = "nl", Context = "eerder vandaag", DoneAt = now,
        });

        Assert.Equal(1, await CheckAsync(app, app.Clock));

        var open = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().Where(t => t.DoneAt == null).SingleAsync());
        Assert.Equal((CallbackTask.HandoffKey(request.Id), CallbackReasons.CallbackRequest), (open.SourceKey, open.Reason));
    }

    /// <summary>
    /// A chat picked up after its wait task was made and then answered: the task is done, so nobody calls about a question
    /// answered already (found by an attack on the running build). A task a colleague has taken stays theirs.
    /// </summary>
    [Fact]
    public async Task WaitTask_IsDone_WhenAnAgentAnswersAndClosesTheChat()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:HandoffWaitMinutes"] = "10" });
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.RepliesAsync(session, "Met een medewerker praten");
        Assert.Equal(1, await CheckAsync(app, new FakeTimeProvider(app.Clock.GetUtcNow().AddMinutes(10))));
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await app.AddStaffAsync("anna@webcarehub.example", WebcareHub.Staff.StaffRoles.Agent);
        var (_, agent) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("anna@webcarehub.example"));
        await using (agent)
        {
            Assert.Null((await agent!.InvokeAsync("Claim", id)).Error);
            Assert.Null((await agent.InvokeAsync("Close", id, "answered")).Error);
        }

        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.NotNull(task.DoneAt);
        Assert.Equal(HandoffQueue.AnsweredInChat, task.Outcome);
    }

    private static async Task<int> CheckAsync(WebcareAppFactory app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<HandoffWaitChecker>(scope.ServiceProvider, clock).CheckAsync(CancellationToken.None);
    }
}
