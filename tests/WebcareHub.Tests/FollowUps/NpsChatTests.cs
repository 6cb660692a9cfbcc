using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// The NPS question in the chat, through the real Direct Line client and the agent hub: an agent closes the chat, the
/// bot asks 0–10 with buttons and then why; a detractor becomes a call-back task; one conversation is asked once.
/// </summary>
public sealed class NpsChatTests
{
    [Fact]
    public async Task Close_AsksTheScoreInTheChat_AndADetractorBecomesACallbackTaskWithTheWhy()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await using var agent = await AgentClosesAChatAsync(app, customer, session);

        var question = await LastBotMessageAsync(customer, session);
        await customer.SayAsync(session, "3");
        var askWhy = await LastBotMessageAsync(customer, session);
        var before = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        await customer.SayAsync(session, "Ik moest lang wachten op een medewerker");
        var thanks = await LastBotMessageAsync(customer, session);

        Assert.StartsWith("Nog één vraag, als je wilt.", question.Text);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            question.SuggestedActions!.Actions.Select(a => a.Title));
        // A guest: colleagues have no number, so the bot promises no call.
        Assert.StartsWith("Dank je voor je eerlijke cijfer. Ik heb het doorgegeven aan mijn collega's.", askWhy.Text);
        Assert.DoesNotContain("terugbel", askWhy.Text + thanks.Text, StringComparison.Ordinal);
        Assert.Contains("(geen toelichting)", before.Context);
        Assert.StartsWith("Dank je wel. Je antwoord staat erbij", thanks.Text);
        var survey = await app.QueryAsync(db => db.NpsSurveys.AsNoTracking().SingleAsync());
        Assert.Equal((3, "Ik moest lang wachten op een medewerker", "chat", NpsState.Answered, "directline", "Anna"),
            (survey.Score!.Value, survey.Why, survey.AnsweredVia, survey.State, survey.Channel, survey.AgentName));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.Detractor, $"nps:{survey.Id}", "nl"), (task.Reason, task.SourceKey, task.Language));
        Assert.Contains("NPS-score 3 van 10 (via chat)", task.Context);
        Assert.Contains("met Anna (directline)", task.Context);
        Assert.Contains("Toelichting van de klant: Ik moest lang wachten op een medewerker", task.Context);
    }

    /// <summary>A verified customer's number is on file: only then is the detractor's task called a call-back request.</summary>
    [Fact]
    public async Task Detractor_OnFile_IsToldOfACallbackRequest()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await using var agent = await AgentClosesAChatAsync(app, customer, session, debtorId: invoice.DebtorId);

        await customer.SayAsync(session, "4");
        var askWhy = await LastBotMessageAsync(customer, session);
        await customer.SayAsync(session, "Het duurde te lang");
        var thanks = await LastBotMessageAsync(customer, session);

        Assert.Contains("als terugbelverzoek doorgegeven", askWhy.Text);
        Assert.StartsWith("Dank je wel. Je antwoord staat bij het terugbelverzoek", thanks.Text);
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.Detractor, (int?)invoice.DebtorId), (task.Reason, task.DebtorId));
    }

    [Fact]
    public async Task Promoter_IsThanked_WithoutATask_AndSkippingTheWhyKeepsNone()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync("en-US");
        await using var agent = await AgentClosesAChatAsync(app, customer, session, "I want to talk to a person");

        await customer.SayAsync(session, "9");
        await customer.SayAsync(session, "No, rather not");
        var thanks = await LastBotMessageAsync(customer, session);

        Assert.StartsWith("Thank you for your answer!", thanks.Text);
        Assert.Equal((9, (string?)null), await app.QueryAsync(db => db.NpsSurveys.Select(s => new ValueTuple<int, string?>(s.Score!.Value, s.Why)).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
    }

    [Fact]
    public async Task Detractor_WhoSkipsTheWhy_IsNotToldTheirAnswerIsWithTheTask()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await using var agent = await AgentClosesAChatAsync(app, customer, session);

        await customer.SayAsync(session, "2");
        await customer.SayAsync(session, "Liever niet");
        var thanks = await LastBotMessageAsync(customer, session);

        // The task exists (the bot said so after the score), but there is no answer of theirs in it to speak of.
        Assert.StartsWith("Dank je wel voor je antwoord!", thanks.Text);
        Assert.Contains("(geen toelichting)", await app.QueryAsync(db => db.CallbackTasks.Select(t => t.Context).SingleAsync()));
        Assert.Null(await app.QueryAsync(db => db.NpsSurveys.Select(s => s.Why).SingleAsync()));
    }

    [Fact]
    public async Task Close_NeverAsksTwiceInOneConversation_NorWhenTheChatGoesBackToTheBot()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await using (var agent = await AgentClosesAChatAsync(app, customer, session, outcome: HandoffQueue.BackToBot))
        {
            Assert.Equal(0, await app.QueryAsync(db => db.NpsSurveys.CountAsync()));
        }
        await using (var first = await AgentClosesAChatAsync(app, customer, session, email: "bram@webcarehub.example"))
        {
        }
        await customer.SayAsync(session, "stop");
        await using (var second = await AgentClosesAChatAsync(app, customer, session, email: "carla@webcarehub.example"))
        {
        }

        var questions = (await customer.GetActivitiesAsync(session)).Activities.Count(a => a.Text?.StartsWith("Nog één vraag", StringComparison.Ordinal) == true);
        Assert.Equal(1, questions);
        Assert.Equal(1, await app.QueryAsync(db => db.NpsSurveys.CountAsync()));
    }

    [Fact]
    public async Task Close_AsksNothing_AfterAPossibleCrisis()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.SayAsync(session, "ik wil iemand spreken");
        await app.QueryAsync(db => db.HandoffRequests.ExecuteUpdateAsync(u => u.SetProperty(h => h.Urgency, HandoffUrgency.Top)));
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await app.AddStaffAsync("anna@webcarehub.example");
        var (_, connected) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("anna@webcarehub.example"));
        await using var agent = connected!;

        Assert.Null((await agent.InvokeAsync("Claim", id)).Error);
        Assert.Null((await agent.InvokeAsync("Close", id, "answered")).Error);

        Assert.Equal(0, await app.QueryAsync(db => db.NpsSurveys.CountAsync()));
        Assert.DoesNotContain((await customer.GetActivitiesAsync(session)).Activities, a => a.Text?.StartsWith("Nog één vraag", StringComparison.Ordinal) == true);
    }

    /// <summary>The customer asks for a person; an agent signs in, claims the chat over the hub and closes it with an outcome.</summary>
    internal static async Task<HubTestClient> AgentClosesAChatAsync(WebcareAppFactory app, DirectLineTestClient customer, Session session,
        string ask = "ik wil iemand spreken", string outcome = "answered", string email = "anna@webcarehub.example", int? debtorId = null)
    {
        await customer.SayAsync(session, ask);
        var id = await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Status == HandoffStatus.Waiting).Select(h => h.Id).SingleAsync());
        // A customer the bot verified: the hand-off (and so the survey) is theirs.
        if (debtorId is not null) await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Id == id).ExecuteUpdateAsync(u => u.SetProperty(h => h.DebtorId, debtorId)));
        await app.AddStaffAsync(email, StaffRoles.Agent);
        var (_, agent) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync(email));
        Assert.Null((await agent!.InvokeAsync("Claim", id)).Error);
        var closed = await agent.InvokeAsync("Close", id, outcome);
        Assert.Null(closed.Error);
        await app.BotIdleAsync();
        return agent;
    }

    internal static async Task<Activity> LastBotMessageAsync(DirectLineTestClient customer, Session session) =>
        (await customer.GetActivitiesAsync(session)).Activities.Last(a => a.Type == ActivityTypes.Message && a.From?.Role == ActivityRoles.Bot);
}
