using Microsoft.EntityFrameworkCore;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

/// <summary>Hand-offs, disputes and feelings; the test clock says Tuesday 24 November 2026, 10:00 in Amsterdam.</summary>
public sealed class HandoffDialogTests
{
    [Fact]
    public async Task HumanRequest_IsQueuedForAPerson_DuringOpeningHours()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var other = await client.StartConversationAsync();
        await client.SayAsync(other, "ik wil iemand spreken");
        var replies = await client.RepliesAsync(session, "ik wil iemand spreken");

        Assert.EndsWith("Je bent nummer 2 in de rij.", replies[^1].Text);
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync(h => h.ConversationKey.EndsWith(session.ConversationId)));
        Assert.Equal(("human-request", HandoffUrgency.Normal, HandoffStatus.Waiting, "nl"), (request.Reason, request.Urgency, request.Status, request.Language));
    }

    [Fact]
    public async Task HumanRequest_PutsAMoreUrgentRequestFirst_InThePlaceInTheQueue()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var calm = await client.StartConversationAsync();
        await client.SayAsync(calm, "ik wil iemand spreken");
        var upset = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(upset, "Ik ben zo bang en wanhopig, ik wil iemand spreken");

        Assert.EndsWith("Je bent nummer 1 in de rij.", replies[^1].Text);
    }

    [Fact]
    public async Task HumanRequest_OffersACallBackWithTheTimeWeAreBack_WhenClosed()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var closed = await client.RepliesAsync(session, "Met een medewerker praten");
        await client.SayAsync(session, "ja");
        var noted = await client.RepliesAsync(session, "morgen na 10 uur op 0612345678");

        Assert.Equal("Onze medewerkers zijn er nu niet. We zijn er weer op woensdag 25 november om 08:30. Zullen we je dan terugbellen?", closed[^1].Text);
        Assert.StartsWith("Genoteerd.", noted[^1].Text);
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.CallbackRequested, "morgen na 10 uur op 0612345678"), (request.Status, request.Details));
    }

    [Fact]
    public async Task HumanRequest_TwiceOutOfHours_GivesOneCallBackTask_WithBothMessages()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.AskToBeCalledAsync(session, "morgen na 10 uur op 0612345678");

        var again = await client.AskToBeCalledAsync(session, "of vrijdag, dan ben ik ook thuis");

        Assert.True(Texts.IsOneOfClosedToday(again[^1].Text, "handoff", "callback-already-noted"));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        // The number given earlier goes with every later request of the chat.
        Assert.Equal("morgen na 10 uur op 0612345678\nof vrijdag, dan ben ik ook thuis · 0612345678", task.Context);
        Assert.Equal(1, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    /// <summary>
    /// A guest who left a message and then asks for a call without giving a number is told honestly that nobody can call
    /// (the message joins the one task), never that "a colleague will call you once".
    /// </summary>
    [Fact]
    public async Task HumanRequest_ACallWithoutANumber_AfterAMessage_PromisesNoCall()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.LeaveMessageAsync(session, "een vraag over de brief");
        await client.AskToBeCalledAsync(session, "morgen in de middag");

        var replies = await client.RepliesAsync(session, "heb ik liever niet");

        Assert.True(Texts.IsOneOfClosedToday(replies[^1].Text, "handoff", "no-phone"));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.Message, "een vraag over de brief\nmorgen in de middag"), (task.Reason, task.Context));
    }

    /// <summary>
    /// A chat still in the queue at closing that then asks to be called leaves the queue for the call-back list: the call
    /// it is told of has a task, and no "wait too long" follows at opening.
    /// </summary>
    [Fact]
    public async Task HumanRequest_StillQueuedAtClosing_AndAskingACall_MovesToTheCallbackList()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await app.SeedQueuedBeforeClosingAsync(session);

        var noted = await client.AskToBeCalledAsync(session, "morgen om 10 uur op 0612345678");

        Assert.True(Texts.IsOneOfClosedToday(noted[^1].Text, "handoff", "callback-noted"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(HandoffStatus.CallbackRequested, request.Status);
        var status = (await client.GetActivitiesAsync(session)).Activities.Last(a => a.Name == "handoff.status");
        Assert.Equal("callback", (string?)status.Value!["state"]);
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackTask.HandoffKey(request.Id), "morgen om 10 uur op 0612345678"), (task.SourceKey, task.Context));
    }

    [Fact]
    public async Task HumanRequest_OnBoxingDay_SaysWhenPeopleAreBack_AndQueuesNobody()
    {
        await using var app = new WebcareAppFactory();
        // Boxing Day 2028 is a Tuesday: 11:00 in Amsterdam, a normal working hour on any other Tuesday.
        app.Clock.Advance(new DateTimeOffset(2028, 12, 26, 10, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "Met een medewerker praten");

        Assert.Contains("woensdag 27 december om 08:30", replies[^1].Text);
        Assert.Equal(0, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    [Fact]
    public async Task HumanRequest_OutOfHours_StoresALeftMessage_InTheCallbackList()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Met een medewerker praten");

        var invited = await client.RepliesAsync(session, "nee");
        var noted = await client.RepliesAsync(session, "Ik heb een vraag over de brief van vorige week");

        Assert.Contains("woensdag 25 november om 08:30", invited[^1].Text);
        Assert.True(Texts.IsOneOfClosedToday(noted[^1].Text, "handoff", "message-noted"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.CallbackRequested, "message", "Ik heb een vraag over de brief van vorige week"),
            (request.Status, request.Reason, request.Details));
    }

    [Fact]
    public void DialogTexts_PromiseAnEmail_OnlyWhenASummaryIsQueued()
    {
        // Only the "summary-queued" texts say e-mail will come, and only the "queued" outcome of summaries.queued leads to them:
        // that outcome means the agreement's summary row was saved for an address (FollowUps/SummarySenderTests sends it).
        var catalog = WebcareHub.Bot.Dialogs.DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
        var mentions = catalog.Dialogs.SelectMany(d => d.Texts.Where(t => t.Value.Values.SelectMany(v => v)
                .Any(v => v.Contains("e-mail", StringComparison.OrdinalIgnoreCase) || v.Contains(" email", StringComparison.OrdinalIgnoreCase)))
            .Select(t => (Dialog: d, Key: t.Key))).ToList();

        // Asking for an address promises nothing; only "summary-queued" says that something will come.
        string[] questions = ["offer-summary", "summary-address-invalid"];
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Contains(m.Key, questions.Append("summary-queued")));
        foreach (var (dialog, key) in mentions.Where(m => m.Key == "summary-queued"))
        {
            var sayers = dialog.Steps.Where(s => s.Say == key).Select(s => s.Id).ToList();
            var ways = dialog.Steps.SelectMany(s => s.Branches.Select(b => (Step: s, Outcome: b.Key, Target: b.Value))
                .Append((Step: s, Outcome: "next", Target: s.Next ?? ""))).Where(w => sayers.Contains(w.Target)).ToList();
            Assert.NotEmpty(ways);
            // Both actions answer "queued" only after the summary row was saved (PaymentPromiseDialogTests shows the second).
            Assert.All(ways, w => Assert.Contains((w.Step.Action, w.Outcome), new (string?, string)[] { ("summaries.queued", "queued"), ("summaries.to-address", "queued") }));
        }
    }

    [Fact]
    public async Task Dispute_RecordsTheReasonWithPriority_AndPausesPaymentPromises()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");

        var acknowledged = await client.RepliesAsync(session, "deze factuur klopt niet");
        await client.SayAsync(session, "ik heb het abonnement in juni al opgezegd");
        var promise = await client.RepliesAsync(session, "ik betaal vrijdag");

        Assert.True(Texts.IsOneOf(acknowledged[0].Text?.Replace("F2026-00012", "{invoiceNumber}"), "dispute", "acknowledge", "nl"));
        Assert.DoesNotContain(acknowledged, a => a.Text!.Contains("betaal", StringComparison.OrdinalIgnoreCase) && a.Text.Contains("€"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("dispute", HandoffUrgency.High, "F2026-00012", "ik heb het abonnement in juni al opgezegd"),
            (request.Reason, request.Urgency, request.InvoiceNumber, request.Details));
        Assert.Contains(promise, a => Texts.IsOneOf(a.Text, "payment-promise", "disputed", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
        var dispute = await app.QueryAsync(db => db.Disputes.AsNoTracking().SingleAsync());
        Assert.Equal(("ik heb het abonnement in juni al opgezegd", WebcareHub.Agreements.DisputeStatus.Open), (dispute.Reason, dispute.Status));
    }

    [Fact]
    public async Task Dispute_AsksForTheReasonInWords_WhenOnlyANumberIsTyped()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");
        await client.SayAsync(session, "deze factuur klopt niet");

        var number = await client.RepliesAsync(session, "F2026-00012");
        var labelled = await client.RepliesAsync(session, "factuur 88213407");
        await client.SayAsync(session, "al betaald op 3 november");

        Assert.True(Texts.IsOneOf(number[^1].Text, "dispute", "reason-in-words", "nl"));
        Assert.True(Texts.IsOneOf(labelled[^1].Text, "dispute", "reason-in-words", "nl"));
        var dispute = await app.QueryAsync(db => db.Disputes.AsNoTracking().SingleAsync());
        Assert.Equal("al betaald op 3 november", dispute.Reason);
    }

    [Theory]
    [InlineData("F2026-00012", false)]
    [InlineData("INV-2024-0012", false)]
    [InlineData("nr 88213407", false)]
    [InlineData("factuur KL/2024/00912", false)]
    [InlineData("€ 45,00", false)]
    [InlineData("al betaald", true)]
    [InlineData("nooit besteld", true)]
    [InlineData("not mine", true)]
    public void SaysAReason_TellsAReasonFromANumber(string text, bool words) =>
        Assert.Equal(words, WebcareHub.Bot.Dialogs.DialogRunner.SaysAReason(text));

    [Fact]
    public async Task Dispute_OutOfHours_GoesToTheCallbackList_AndPromisesContactOnlyWithANumber()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var guest = await client.StartConversationAsync();
        await client.SayAsync(guest, "Ik ben het niet eens met de vordering");

        var asked = await client.RepliesAsync(guest, "ik heb nooit iets bij jullie besteld");
        var recorded = await client.RepliesAsync(guest, "bel me op 06 87654321");

        Assert.True(Texts.IsOneOfClosedToday(asked[^1].Text, "dispute", "ask-phone"));
        Assert.True(Texts.IsOneOfClosedToday(recorded[^1].Text, "dispute", "recorded-closed"));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.CallbackRequest, "ik heb nooit iets bij jullie besteld · bel me op 06 87654321"), (task.Reason, task.Context));
        Assert.Equal(HandoffStatus.CallbackRequested, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Status).SingleAsync()));

        // Without a number nobody promises to call: the words wait as a message.
        var other = await client.StartConversationAsync();
        await client.SayAsync(other, "Ik ben het niet eens met de vordering");
        await client.SayAsync(other, "het bedrag klopt niet");
        var noNumber = await client.RepliesAsync(other, "liever niet");
        Assert.True(Texts.IsOneOfClosedToday(noNumber[^1].Text, "dispute", "recorded-no-phone"));
        Assert.Contains(await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().ToListAsync()),
            t => (t.Reason, t.Context) == (CallbackReasons.Message, "het bedrag klopt niet"));
    }

    [Fact]
    public async Task Dispute_GoesToAPersonWithTheCustomersWords_AndPausesNothing_WhenTheCustomerIsNotVerified()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var acknowledged = await client.RepliesAsync(session, "factuur F2026-00012 klopt niet");
        var recorded = await client.RepliesAsync(session, "ik heb nooit iets bij jullie besteld");

        Assert.True(Texts.IsOneOf(acknowledged[0].Text, "dispute", "acknowledge-unverified", "nl"));
        Assert.True(Texts.IsOneOf(recorded[^1].Text, "dispute", "recorded-open", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.Disputes.CountAsync()));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("dispute", HandoffUrgency.High, null, "ik heb nooit iets bij jullie besteld"),
            (request.Reason, request.Urgency, request.InvoiceNumber, request.Details));
        // Whoever proves the invoice is theirs later may still make a promise on it.
        await client.SayAsync(session, "Betaaldatum doorgeven");
        await client.SayAsync(session, "F2026-00012");
        var asked = await client.RepliesAsync(session, "1234 AB");
        Assert.True(asked.Exists(a => Texts.IsOneOf(a.Text?.Replace("€ 1.162,34", "{open}"), "payment-promise", "ask-date", "nl")), string.Join("\n", asked.Select(a => a.Text)));
    }

    [Fact]
    public async Task HumanRequest_AddsNoSecondRequest_WhileWaiting_AndTellsTheCurrentPlace()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var other = await client.StartConversationAsync();
        await client.SayAsync(other, "ik wil iemand spreken");
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil iemand spreken");

        var again = await client.RepliesAsync(session, "ik wil iemand spreken");

        Assert.Equal("Je staat al in de rij voor een medewerker; je hoeft het niet nog eens te vragen. Je bent nu nummer 2.", again[^1].Text);
        Assert.Equal(2, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    [Fact]
    public async Task Dispute_WhileWaiting_MakesTheOneRequestMoreUrgent_AndTheOthersHearTheirNewPlace()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var first = await client.StartConversationAsync();
        await client.SayAsync(first, "ik wil iemand spreken");
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil iemand spreken");

        await client.SayAsync(session, "deze factuur klopt niet");
        await client.SayAsync(session, "het bedrag is te hoog");

        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync(h => h.ConversationKey.EndsWith(session.ConversationId)));
        Assert.Equal(("dispute", HandoffUrgency.High, "het bedrag is te hoog"), (request.Reason, request.Urgency, request.Details));
        Assert.Equal(2, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
        Assert.Equal(["Je bent nu nummer 2 in de rij."], await PlacesToldAsync(client, first));
    }

    [Fact]
    public async Task HumanRequest_TellsTheCustomersWaiting_TheirNewPlace_WhenAMoreUrgentChatJoinsAhead()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var calm = await client.StartConversationAsync();
        await client.SayAsync(calm, "ik wil iemand spreken");
        var patient = await client.StartConversationAsync();
        await client.SayAsync(patient, "ik wil iemand spreken");
        var last = await client.StartConversationAsync();
        await client.SayAsync(last, "ik wil iemand spreken");

        var upset = await client.StartConversationAsync();
        await client.SayAsync(upset, "Ik ben zo bang en wanhopig, ik wil iemand spreken");
        var afterLast = await client.StartConversationAsync();
        await client.SayAsync(afterLast, "ik wil iemand spreken");

        Assert.Equal(["Je bent nu nummer 2 in de rij."], await PlacesToldAsync(client, calm));
        Assert.Equal(["Je bent nu nummer 3 in de rij."], await PlacesToldAsync(client, patient));
        Assert.Equal(["Je bent nu nummer 4 in de rij."], await PlacesToldAsync(client, last));
        Assert.Empty(await PlacesToldAsync(client, upset));
        Assert.Empty(await PlacesToldAsync(client, afterLast));
    }

    private static async Task<List<string?>> PlacesToldAsync(DirectLineTestClient client, Session session) =>
        (await client.GetActivitiesAsync(session)).Activities.Where(a => a.Name == HandoffQueue.StatusEvent)
            .Select(a => (string?)a.Value!["message"]).ToList();

    [Fact]
    public async Task Dispute_CanStillBeStopped_WhileAskingForTheReason()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "deze factuur klopt niet");

        var replies = await client.RepliesAsync(session, "laat maar");

        Assert.True(Texts.IsOneOf(replies[0].Text, "cancel", "stopped", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    [Fact]
    public async Task Crisis_GivesThe113LineAndATopPriorityPerson_WithNoCollectionContent()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");

        var replies = await client.RepliesAsync(session, "eerlijk gezegd wil ik niet meer leven");

        var text = string.Join("\n", replies.Select(a => a.Text));
        Assert.Contains("0800-0113", text);
        Assert.True(Texts.IsOneOf(replies[^1].Text, "crisis", "asked", "nl"));
        Assert.DoesNotContain("factuur", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("€", text);
        Assert.All(replies, a => Assert.Null(a.SuggestedActions));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("crisis", HandoffUrgency.Top, true, HandoffStatus.Waiting), (request.Reason, request.Urgency, request.Distress, request.Status));
    }

    [Theory]
    [InlineData("mijn zoon zegt dat hij er een eind aan wil maken, wat moet ik doen")]
    // A relative's report that no signal pattern of oneself reads (crisis.yaml aboutSomeoneClose.reports).
    [InlineData("mijn zoon dreigt zich op te hangen als hij die boete moet betalen")]
    public async Task CrisisOfSomeoneClose_TellsTheWorriedRelative112And113ForRelatives_AndAsksATopPriorityPerson(string message)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, message);

        Assert.True(Texts.IsOneOf(replies[0].Text, "crisis-relative", "worried", "nl"));
        Assert.Contains("**112**", replies[0].Text);
        Assert.Contains("0800-0113", replies[0].Text);
        Assert.True(Texts.IsOneOf(replies[^1].Text, "crisis", "asked", "nl"));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "crisis", "crisis", "nl"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("crisis", HandoffUrgency.Top), (request.Reason, request.Urgency));
    }

    [Fact]
    public async Task PossibleCrisisOfSomeoneClose_AsksAboutThem_AndYesLeadsToTheRelativesAnswerAndAPerson()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var question = await client.RepliesAsync(session, "my brother says he wants to kill himself");
        var beforeAnswer = await app.QueryAsync(db => db.HandoffRequests.CountAsync());
        var answer = await client.RepliesAsync(session, "yes");

        Assert.True(Texts.IsOneOf(question[^1].Text, "crisis-relative-check", "ask", "nl"));
        Assert.Contains("0800-0113", question[^1].Text);
        Assert.Equal(0, beforeAnswer);
        Assert.True(Texts.IsOneOf(answer[0].Text, "crisis-relative", "worried", "nl"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("crisis", HandoffUrgency.Top), (request.Reason, request.Urgency));
    }

    [Fact]
    public async Task PossibleCrisisOfSomeoneClose_AnsweredNo_Names113ForTheCustomerToo_AndGivesTheMenu()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "mijn dochter snijdt zichzelf");

        var replies = await client.RepliesAsync(session, "nee");

        Assert.True(Texts.IsOneOf(replies[0].Text, "crisis-relative-check", "relieved", "nl"));
        Assert.Contains("jezelf", replies[0].Text);
        Assert.True(Texts.IsOneOf(replies[^1].Text, "welcome", "menu-intro", "nl"));
        // "je kunt altijd met een collega praten": the menu that follows offers it.
        Assert.Contains(replies[^1].SuggestedActions!.Actions, a => Texts.IsOneOf(a.Title, "welcome", "menu-person", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    [Fact]
    public async Task PossibleCrisisOfSomeoneClose_AnsweredWithOnesOwnSignal_AsksAboutTheCustomerInstead()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "mijn dochter snijdt zichzelf");

        var replies = await client.RepliesAsync(session, "nee, het gaat eigenlijk om mezelf. ik zie het niet meer zitten");

        Assert.True(Texts.IsOneOf(replies[^1].Text, "crisis-check", "ask", "nl"));
    }

    [Fact]
    public async Task PossibleCrisis_IsAskedGently_AndYesLeadsToThe113LineAndAPerson()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var question = await client.RepliesAsync(session, "ik zie het allemaal niet meer zitten");
        var beforeAnswer = await app.QueryAsync(db => db.HandoffRequests.CountAsync());
        var answer = await client.RepliesAsync(session, "ja");

        Assert.True(Texts.IsOneOf(question[^1].Text, "crisis-check", "ask", "nl"));
        Assert.Contains("0800-0113", question[^1].Text);
        Assert.Equal(["Ja", "Nee"], question[^1].SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(0, beforeAnswer);
        Assert.True(Texts.IsOneOf(answer[0].Text, "crisis", "crisis", "nl"));
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("crisis", HandoffUrgency.Top), (request.Reason, request.Urgency));
    }

    [Fact]
    public async Task PossibleCrisis_AnsweredNo_GetsDebtHelpAndTheMenu_AndNoHandoff()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik kan niet meer");

        var replies = await client.RepliesAsync(session, "nee");

        Assert.True(Texts.IsOneOf(replies[0].Text, "crisis-check", "relieved", "nl"));
        Assert.True(Texts.IsOneOf(replies[^1].Text, "welcome", "menu-intro", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.HandoffRequests.CountAsync()));
    }

    [Fact]
    public async Task Crisis_AtNight_SaysWhenPeopleAreBack_AndPutsTheChatOnTopOfTheCallbackList()
    {
        await using var app = new WebcareAppFactory();
        app.Clock.Advance(TimeSpan.FromHours(12)); // Tuesday 22:00 in Amsterdam
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "I want to kill myself");

        var text = string.Join("\n", replies.Select(a => a.Text));
        Assert.Contains("0800-0113", text);
        Assert.DoesNotContain(Texts.Variations("crisis", "asked", "nl"), text.Contains);
        Assert.Contains("woensdag 25 november om 08:30", replies[^1].Text);
        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("crisis", HandoffUrgency.Top, HandoffStatus.CallbackRequested), (request.Reason, request.Urgency, request.Status));
    }

    [Fact]
    public async Task Distress_IsAcknowledgedFirst_ThenTheRequestIsHandled()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "Ik ben zo bang, ik weet het niet meer. Hoeveel moet ik betalen?");

        Assert.True(Texts.IsOneOf(replies[0].Text, "distress", "fear", "nl"));
        Assert.Contains("0800-8115", replies[0].Text);
        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "verify", "ask-invoice", "nl"));
    }

    [Fact]
    public async Task Handoff_CarriesTheKindsOfDistress_ForTheAgent()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik schaam me zo voor deze schuld");

        await client.SayAsync(session, "Ik ben zo bang, ik wil iemand spreken");

        var request = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal(("shame,fear", HandoffUrgency.High), (request.DistressKinds, request.Urgency));
    }

    [Fact]
    public async Task Distress_InTheMiddleOfAQuestion_IsAcknowledged_AndTheQuestionAskedAgain_OncePerKind()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");

        var first = await client.RepliesAsync(session, "ik schaam me er echt voor");
        var second = await client.RepliesAsync(session, "ik schaam me kapot");

        Assert.Equal(2, first.Count);
        Assert.True(Texts.IsOneOf(first[0].Text, "distress", "shame", "nl"));
        Assert.True(Texts.IsOneOf(first[1].Text, "verify", "ask-invoice", "nl"));
        Assert.DoesNotContain(second, a => Texts.IsOneOf(a.Text, "distress", "shame", "nl"));
    }

    [Fact]
    public async Task Fallback_OffersMenuAndPerson_AfterTwoMisunderstandingsInARow()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var first = await client.RepliesAsync(session, "qwerty zxcv");
        var second = await client.RepliesAsync(session, "blub blub");

        Assert.True(Texts.IsOneOf(first[0].Text, "fallback", "not-understood", "nl"));
        Assert.True(Texts.IsOneOf(second[^1].Text, "fallback", "still-not-understood", "nl"));
        Assert.Contains(second[^1].SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
    }
}
