using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Channels;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

/// <summary>Verification and invoice lookup, talked through the Direct Line channel as a customer would.</summary>
public sealed class InvoiceLookupDialogTests
{
    [Fact]
    public async Task Lookup_ShowsCostsAndInterestApart_AfterInvoiceNumberAndPostcode()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);

        Assert.True(Texts.IsOneOf(await client.LastReplyAsync(session, "Mijn factuur bekijken"), "verify", "ask-invoice", "nl"));
        Assert.True(Texts.IsOneOf(await client.LastReplyAsync(session, "het is F2026-00012"), "verify", "ask-postcode", "nl"));
        var replies = await client.RepliesAsync(session, "1234ab");

        var details = replies.Single(a => a.Text!.Contains("F2026-00012") && a.Text.Contains("hoofdsom"));
        Assert.Contains("€ 1.000,00", details.Text);
        Assert.Contains("incassokosten: € 150,00", details.Text);
        Assert.Contains("rente: € 12,34", details.Text);
        Assert.Contains("**nog te betalen: € 1.162,34**", details.Text);
        Assert.Contains("dinsdag 15 september 2026", details.Text);
        Assert.Contains(replies, a => a.Text!.Contains("NL91ABNA0417164300"));
    }

    /// <summary>
    /// A promise that stands is named instead of "pay it all or choose instalments"; one whose day is behind us (before
    /// the check has run) is told as passed, not as "you pay by" a past day.
    /// </summary>
    [Theory]
    [InlineData("2026-12-04", "Je hebt afgesproken dat je uiterlijk vrijdag 4 december betaalt. Je betaalt € 1.162,34 op rekening **NL91ABNA0417164300**")]
    [InlineData("2026-11-20", "Je had afgesproken uiterlijk vrijdag 20 november te betalen; die dag is voorbij. Je betaalt € 1.162,34 op rekening **NL91ABNA0417164300**")]
    public async Task Lookup_NamesAPromiseThatStands_InsteadOfOfferingInstalments(string promisedOn, string told)
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedOpenPromiseAsync(invoice, DateOnly.Parse(promisedOn, System.Globalization.CultureInfo.InvariantCulture)); // today is 24 November
        var (client, session) = await StartAsync(app);

        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        var replies = await client.RepliesAsync(session, "1234 AB");

        Assert.Single(replies, a => a.Text!.StartsWith(told, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "invoice-lookup", "how-to-pay", "nl"));
        Assert.DoesNotContain(replies, a => a.Text!.Contains("termijnen"));
    }

    [Fact]
    public async Task Lookup_ShowsTheScheduleOfAnArrangementThatStands_AndNoOtherWayToPay()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedAsync(new PaymentArrangement
        {
            InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, TotalCents = 116_234, InstalmentCents = 40_000, InstalmentCount = 3,
            FirstDueOn = new DateOnly(2026, 12, 1), Status = ArrangementStatus.Active, RecordedBy = "test",
        });
        var (client, session) = await StartAsync(app);

        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        var replies = await client.RepliesAsync(session, "1234 AB");

        var told = replies.Single(a => a.Text!.Contains("Deze termijnen staan nog open"));
        Assert.Contains("- 1 december 2026: € 400,00\n- 1 januari 2027: € 400,00\n- 1 februari 2027: € 362,34", told.Text);
        Assert.Contains("NL91ABNA0417164300", told.Text);
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "invoice-lookup", "how-to-pay", "nl"));

        // After € 500 came in: the first instalment and part of the second are paid, the list adds up to what is open.
        await app.QueryAsync(db => db.Invoices.ExecuteUpdateAsync(i => i.SetProperty(x => x.PaidCents, 50_000)));
        await client.SayAsync(session, "Mijn factuur bekijken");
        var later = (await client.RepliesAsync(session, "F2026-00012")).Concat(await client.RepliesAsync(session, "1234 AB")).ToList();
        var now = later.Single(a => a.Text!.Contains("Deze termijnen staan nog open"));
        Assert.Contains("open:\n\n- 1 januari 2027: € 300,00\n- 1 februari 2027: € 362,34\n\n", now.Text);
    }

    [Fact]
    public async Task AfterVerifying_AnotherInvoiceOfTheSameCustomer_IsShownWithoutAskingAgain()
    {
        await using var app = new WebcareAppFactory();
        var first = await app.SeedInvoiceAsync();
        await app.SeedAsync(new Invoice
        {
            Number = "F2026-00077", CreditorId = first.CreditorId, DebtorId = first.DebtorId, Description = "Energielevering december",
            IssuedOn = new DateOnly(2026, 10, 1), DueOn = new DateOnly(2026, 10, 15), PrincipalCents = 250_00, Status = InvoiceStatus.Open,
        });
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");

        var replies = await client.RepliesAsync(session, "en hoeveel staat er nog open op F2026-00077?");

        Assert.Contains(replies, a => a.Text!.Contains("**F2026-00077**") && a.Text.Contains("€ 250,00"));
        Assert.DoesNotContain(replies, a => a.Text!.Contains("**F2026-00012**") || a.Text.Contains("factuurnummer F2026-00012"));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "verify", "ask-postcode", "nl"));
    }

    [Fact]
    public async Task AfterVerifying_SomeoneElsesInvoice_IsNeverAnsweredFromTheEarlierCheck()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await app.SeedInvoiceAsync("F2026-00099", "9999 ZZ");
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");

        // Not the verified invoice in its place, silently: a new check for the one named.
        var asked = await client.RepliesAsync(session, "ik wil factuur F2026-00099 zien");
        var wrong = await client.RepliesAsync(session, "1234 AB");

        Assert.True(Texts.IsOneOf(asked[^1].Text, "verify", "ask-postcode", "nl"));
        Assert.DoesNotContain(asked.Concat(wrong), a => a.Text!.Contains("hoofdsom"));
        Assert.True(Texts.IsOneOf(wrong[0].Text, "verify", "no-match", "nl"));

        // A dispute naming someone else's invoice pauses nothing: not theirs, and not the one verified before.
        await client.SayAsync(session, "stop");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");
        var dispute = await client.RepliesAsync(session, "factuur F2026-00099 klopt niet, die heb ik nooit gehad");
        Assert.True(Texts.IsOneOf(dispute[0].Text, "dispute", "acknowledge-unverified", "nl"));
    }

    [Fact]
    public async Task Lookup_AsksOnlyForThePostcode_WhenTheFirstMessageHasTheInvoiceNumber()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);

        var reply = await client.LastReplyAsync(session, "Hoeveel moet ik nog betalen voor F2026-00012?");

        Assert.True(Texts.IsOneOf(reply, "verify", "ask-postcode", "nl"));
    }

    [Fact]
    public async Task Verification_GivesTheSameAnswer_ForAnUnknownNumberAndAWrongPostcode()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);

        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2099-99999");
        var unknownNumber = await client.RepliesAsync(session, "1234 AB");
        await client.SayAsync(session, "F2026-00012");
        var wrongPostcode = await client.RepliesAsync(session, "9999 ZZ");

        Assert.Equal(unknownNumber.Select(a => a.Text), wrongPostcode.Select(a => a.Text));
        Assert.True(Texts.IsOneOf(unknownNumber[0].Text, "verify", "no-match", "nl"));
        Assert.DoesNotContain(wrongPostcode, a => a.Text!.Contains("hoofdsom"));
    }

    [Fact]
    public async Task Verification_StopsAndOffersAPerson_AfterThreeFailures()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);

        await client.SayAsync(session, "Mijn factuur bekijken");
        List<Activity> last = [];
        for (var i = 0; i < 3; i++)
        {
            await client.SayAsync(session, "F2026-00012");
            last = await client.RepliesAsync(session, "1111 AA");
        }
        var afterLock = await client.RepliesAsync(session, "F2026-00012");

        Assert.True(Texts.IsOneOf(last[0].Text, "verify", "locked", "nl"), string.Join(" / ", last.Select(a => a.Text)));
        Assert.Contains(last[0].SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        Assert.DoesNotContain(afterLock, a => Texts.IsOneOf(a.Text, "verify", "ask-postcode", "nl"));
    }

    [Fact]
    public async Task Verification_RefusesTheRightAnswer_AfterTooManyFailuresOnThatInvoiceElsewhere()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:MaxFailuresPerInvoice"] = "2" });
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        for (var i = 0; i < 2; i++)
        {
            var guesser = await client.StartConversationAsync();
            await client.SayAsync(guesser, "F2026-00012");
            await client.SayAsync(guesser, "1111 AA");
        }
        var owner = await client.StartConversationAsync();

        await client.SayAsync(owner, "F2026-00012");
        var replies = await client.RepliesAsync(owner, "1234 AB");

        Assert.DoesNotContain(replies, a => a.Text!.Contains("hoofdsom"));
    }

    /// <summary>
    /// Guessing other people's invoices from one place: each new conversation used to buy three more guesses (the
    /// numbers run in order). Failures now count per source across its conversations too.
    /// </summary>
    [Fact]
    public async Task Verification_KeepsTheSourceLimit_WhenItsChatsCheckAtTheSameMoment()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:MaxFailuresPerSource"] = "3" });
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var chats = new List<Session>();
        for (var i = 0; i < 16; i++)
        {
            var chat = await client.StartConversationAsync();
            await client.SayAsync(chat, $"F2026-009{i:00}");
            chats.Add(chat);
        }

        var answers = await Task.WhenAll(chats.Select(chat => client.RepliesAsync(chat, "1234 AB")));

        // One at a time, the source's third failure locks: two "not found" answers at most, the rest locked.
        Assert.InRange(answers.Count(replies => replies.Any(a => Texts.IsOneOf(a.Text, "verify", "no-match", "nl"))), 1, 2);
        Assert.All(answers, replies => Assert.DoesNotContain(replies, a => a.Text!.Contains("hoofdsom")));
    }

    [Fact]
    public async Task Verification_RefusesEvenTheRightAnswer_AfterTooManyFailuresFromOneSource()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:MaxFailuresPerSource"] = "2" });
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        foreach (var guess in new[] { "F2026-00098", "F2026-00099" })
        {
            var guesser = await client.StartConversationAsync();
            await client.SayAsync(guesser, guess);
            await client.SayAsync(guesser, "1234 AB");
        }
        var next = await client.StartConversationAsync();

        await client.SayAsync(next, "F2026-00012");
        var replies = await client.RepliesAsync(next, "1234 AB");

        Assert.DoesNotContain(replies, a => a.Text!.Contains("hoofdsom"));
        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "verify", "locked", "nl"));
        Assert.Equal(3, await app.QueryAsync(db => db.VerificationAttempts.CountAsync(a => a.Source != null)));
    }

    [Fact]
    public async Task Verification_ExplainsWhatItNeeds_WhenAnAnswerIsNotANumberOrPostcode()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");

        var badNumber = await client.LastReplyAsync(session, "ik weet het nummer niet");
        await client.SayAsync(session, "F2026-00012");
        var badPostcode = await client.LastReplyAsync(session, "Utrecht");

        Assert.True(Texts.IsOneOf(badNumber, "verify", "invalid-invoice", "nl"));
        Assert.True(Texts.IsOneOf(badPostcode, "verify", "invalid-postcode", "nl"));
    }

    [Fact]
    public async Task Help_ShowsTheMenu_InTheMiddleOfAQuestion()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");

        var replies = await client.RepliesAsync(session, "help");

        Assert.True(Texts.IsOneOf(replies[^1].Text, "welcome", "menu-intro", "nl"));
    }

    [Fact]
    public async Task Cancel_StopsTheQuestion_MidFlow()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");

        var replies = await client.RepliesAsync(session, "laat maar");
        var next = await client.RepliesAsync(session, "1234 AB");

        Assert.True(Texts.IsOneOf(replies[0].Text, "cancel", "stopped", "nl"));
        Assert.DoesNotContain(next, a => Texts.IsOneOf(a.Text, "verify", "ask-postcode", "nl"));
    }

    [Fact]
    public async Task Lookup_ExplainsTheInvoiceInEnglish_WhenTheWidgetIsEnglish()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync("en-US");

        await client.SayAsync(session, "View my invoice", "en-US");
        await client.SayAsync(session, "F2026-00012", "en-US");
        var replies = await client.RepliesAsync(session, "1234 AB", "en-US");

        Assert.Contains(replies, a => a.Text!.Contains("**still to pay: €1,162.34**") && a.Text.Contains("Tuesday 15 September 2026"));
    }

    [Fact]
    public async Task Lookup_VerifiesWithCustomerNumberAndBirthDate_WhenThatMethodIsConfigured()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:Method"] = "CustomerAndBirthDate" });
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);

        Assert.True(Texts.IsOneOf(await client.LastReplyAsync(session, "Mijn factuur bekijken"), "verify", "ask-customer", "nl"));
        Assert.True(Texts.IsOneOf(await client.LastReplyAsync(session, "K100012"), "verify", "ask-birth-date", "nl"));
        var wrong = await client.RepliesAsync(session, "15-03-1985");
        await client.SayAsync(session, "K100012");
        var right = await client.RepliesAsync(session, "14-03-1985");

        Assert.True(Texts.IsOneOf(wrong[0].Text, "verify", "no-match-customer", "nl"));
        Assert.Contains(right, a => a.Text!.Contains("**nog te betalen: € 1.162,34**"));
    }

    /// <summary>By customer number a new check would find the same customer's invoices: the customer is told instead.</summary>
    [Fact]
    public async Task ByCustomerNumber_SomeoneElsesInvoice_IsSaidToBeNotTheirs_NotSwappedSilently()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:Method"] = "CustomerAndBirthDate" });
        await app.SeedInvoiceAsync();
        await app.SeedInvoiceAsync("F2026-00099", "9999 ZZ");
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "K100012");
        await client.SayAsync(session, "14-03-1985");

        var replies = await client.RepliesAsync(session, "ik wil factuur F2026-00099 zien");

        Assert.Equal("Factuur F2026-00099 vind ik niet bij je klantnummer. Wat ik je nu vertel, gaat over factuur F2026-00012.", replies[0].Text);
        Assert.Contains(replies, a => a.Text!.Contains("**F2026-00012**"));
        Assert.DoesNotContain(replies, a => a.Text!.Contains("**F2026-00099**"));
    }

    [Fact]
    public async Task Lookup_GivesNoPaymentInstructions_AfterTheCustomerDisputedTheInvoice()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await StartAsync(app);
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00012");
        await client.SayAsync(session, "1234 AB");
        await client.SayAsync(session, "deze factuur klopt niet");
        await client.SayAsync(session, "ik heb het abonnement in juni al opgezegd");

        var replies = await client.RepliesAsync(session, "Mijn factuur bekijken");

        var details = replies.Single(a => a.Text!.Contains("hoofdsom"));
        Assert.Contains("openstaand bedrag: € 1.162,34", details.Text);
        Assert.EndsWith("Zolang we dat uitzoeken, staat de incasso van deze factuur stil en hoef je niet te betalen.", details.Text);
        Assert.DoesNotContain(replies, a => a.Text!.Contains("NL91ABNA0417164300") || a.Text.Contains("nog te betalen"));
    }

    private static async Task<(DirectLineTestClient, Session)> StartAsync(WebcareAppFactory app)
    {
        var client = app.CreateDirectLineClient();
        return (client, await client.StartConversationAsync());
    }
}
