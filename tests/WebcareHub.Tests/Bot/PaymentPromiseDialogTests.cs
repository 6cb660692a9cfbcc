using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Channels;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

/// <summary>The payment-date promise, through Direct Line; the test clock says Tuesday 24 November 2026.</summary>
public sealed class PaymentPromiseDialogTests
{
    [Fact]
    public async Task Promise_IsSaidBackAndRecorded_AfterAClearYes()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week vrijdag");

        var confirm = await client.RepliesAsync(session, "1234 AB");
        var done = await client.RepliesAsync(session, "ja");

        Assert.Contains(confirm, a => a.Text == "Dus je betaalt factuur F2026-00012 van € 1.162,34 uiterlijk vrijdag 4 december. Klopt dat?");
        Assert.StartsWith("Afgesproken: je betaalt € 1.162,34 uiterlijk vrijdag 4 december.", done[0].Text);
        var promise = await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync());
        Assert.Equal((invoice.Id, new DateOnly(2026, 12, 4), 1_162_34L, PromiseStatus.Open), (promise.InvoiceId, promise.PromisedOn, promise.AmountCents, promise.Status));
        Assert.Null(promise.SummarySentAt);
    }

    [Fact]
    public async Task Promise_ForNextWeek_IsNotedForThatWeeksFriday()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week");

        var confirm = await client.RepliesAsync(session, "1234 AB");

        Assert.Contains(confirm, a => a.Text == "Dus je betaalt factuur F2026-00012 van € 1.162,34 uiterlijk vrijdag 4 december. Klopt dat?");
    }

    [Fact]
    public async Task Promise_IsNotTaken_NextToAnActiveArrangement_AndTheCustomerIsToldWhy()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedAsync(new PaymentArrangement
        {
            InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, TotalCents = invoice.OpenCents, InstalmentCents = 200_00, InstalmentCount = 6,
            FirstDueOn = new DateOnly(2026, 12, 1), Status = ArrangementStatus.Active, RecordedBy = "directline:earlier",
        });
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week vrijdag");

        var replies = await client.RepliesAsync(session, "1234 AB");

        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "payment-arrangement", "already-arranged", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    [Fact]
    public async Task Promise_SaysTheSummaryComesByEmail_OnlyWhenOneIsQueuedForAnAddress()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week vrijdag");
        await client.RepliesAsync(session, "1234 AB");

        var done = await client.RepliesAsync(session, "ja");

        // The address on file is shown masked: the customer knows it, nobody else learns it here.
        Assert.Contains(done, a => a.Text == "Je krijgt deze afspraak ook per e-mail op s***@example.nl.");
        var summary = await app.QueryAsync(db => db.AgreementSummaries.AsNoTracking().SingleAsync());
        Assert.Equal(("sanne@example.nl", "nl"), (summary.Email, summary.Language));
    }

    [Fact]
    public async Task Promise_AsksForAnAddress_WhenTheDebtorRecordHasNone_AndQueuesTheSummaryOnlyForAValidOne()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await app.QueryAsync(db => db.Debtors.ExecuteUpdateAsync(u => u.SetProperty(d => d.Email, "")));
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week vrijdag");
        await client.RepliesAsync(session, "1234 AB");

        var done = await client.RepliesAsync(session, "ja");
        var wrong = await client.RepliesAsync(session, "mijn mail is jan at gmail");
        var summaries = await app.QueryAsync(db => db.AgreementSummaries.CountAsync());
        var right = await client.RepliesAsync(session, "jan.devries@example.nl");

        Assert.StartsWith("Afgesproken:", done[0].Text);
        Assert.DoesNotContain(done, a => a.Text!.Contains("Je krijgt", StringComparison.Ordinal));
        Assert.Contains(done, a => a.Text!.Contains("Typ dan je e-mailadres", StringComparison.Ordinal));
        Assert.StartsWith("Dat lijkt geen e-mailadres", wrong[0].Text);
        Assert.Equal(0, summaries);
        Assert.Equal("Je krijgt deze afspraak ook per e-mail op jan.devries@example.nl.", right[0].Text);
        var queued = await app.QueryAsync(db => db.AgreementSummaries.SingleAsync());
        Assert.Equal(("jan.devries@example.nl", "nl"), (queued.Email, queued.Language));
        Assert.NotNull(queued.PaymentPromiseId);
        Assert.Equal("", await app.QueryAsync(db => db.Debtors.Select(d => d.Email).SingleAsync()));
    }

    [Fact]
    public async Task Promise_QueuesNoSummary_WhenTheCustomerDeclinesTheEmail()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await app.QueryAsync(db => db.Debtors.ExecuteUpdateAsync(u => u.SetProperty(d => d.Email, "")));
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal volgende week vrijdag");
        await client.RepliesAsync(session, "1234 AB");
        await client.RepliesAsync(session, "ja");

        var declined = await client.RepliesAsync(session, "Nee, dank je");

        Assert.DoesNotContain(declined, a => a.Text?.Contains("mail", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal(0, await app.QueryAsync(db => db.AgreementSummaries.CountAsync()));
    }

    [Fact]
    public async Task Promise_AsksWhichDay_WhenTheDayCanBeReadTwoWays()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("Betaaldatum doorgeven");
        await client.RepliesAsync(session, "1234 AB");

        var question = await client.RepliesAsync(session, "volgende vrijdag");
        var confirm = await client.RepliesAsync(session, "vrijdag 4 december");

        Assert.Equal("Bedoel je vrijdag 27 november of vrijdag 4 december?", question[^1].Text);
        Assert.Contains(confirm, a => a.Text!.Contains("uiterlijk vrijdag 4 december"));
    }

    [Theory]
    [InlineData("gisteren", "date-past")]
    [InlineData("over twee maanden", "date-too-far")]
    public async Task Promise_IsRefusedWithTheReason_WhenTheDayIsOutsideThePolicy(string day, string textKey)
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("Betaaldatum doorgeven");
        await client.RepliesAsync(session, "1234 AB");

        var replies = await client.RepliesAsync(session, day);

        Assert.StartsWith(Texts.Variations("payment-promise", textKey, "nl")[0].Split('{')[0], replies[0].Text);
        Assert.True(Texts.IsOneOf(replies[^1].Text?.Replace("€ 1.162,34", "{open}"), "payment-promise", "ask-date", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    [Fact]
    public async Task Promise_RecordsNothing_WhenTheCustomerSaysNo()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal vrijdag");
        await client.RepliesAsync(session, "1234 AB");

        var replies = await client.RepliesAsync(session, "nee");

        Assert.True(Texts.IsOneOf(replies[^1].Text?.Replace("€ 1.162,34", "{open}"), "payment-promise", "ask-date", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    [Fact]
    public async Task Promise_IsNotMadeTwice_ForTheSameInvoice()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedAsync(new PaymentPromise
        {
            InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, AmountCents = 100, PromisedOn = new DateOnly(2026, 12, 1),
            Status = PromiseStatus.Open, RecordedBy = "test",
        });
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal vrijdag");

        var replies = await client.RepliesAsync(session, "1234 AB");

        Assert.Contains(replies, a => a.Text!.Contains("uiterlijk dinsdag 1 december"));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    [Fact]
    public async Task Promise_IsRecordedOnce_WhenTwoChatsSayYesForOneInvoiceAtTheSameMoment()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, first) = await app.OpenWithInvoiceAsync("ik betaal vrijdag 4 december");
        var (_, second) = await app.OpenWithInvoiceAsync("ik betaal vrijdag 11 december");
        await client.SayAsync(first, "1234 AB");
        await client.SayAsync(second, "1234 AB");

        var yes = await Task.WhenAll(new[] { first, second }.Select(async session =>
        {
            var response = await client.PostActivityAsync(session, new { type = "message", text = "ja" });
            return (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        }));
        await app.BotIdleAsync();

        var answers = new List<string?>();
        foreach (var (session, id) in new[] { first, second }.Zip(yes))
            answers.Add((await client.GetActivitiesAsync(session)).Activities.First(a => a.ReplyToId == id && a.Type == "message").Text);
        var promise = await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync());
        var day = promise.PromisedOn == new DateOnly(2026, 12, 4) ? "vrijdag 4 december" : "vrijdag 11 december";
        Assert.Single(answers, a => a!.StartsWith($"Afgesproken: je betaalt € 1.162,34 uiterlijk {day}."));
        Assert.Single(answers, a => Texts.IsOneOf(a?.Replace(day, "{promiseDate}"), "payment-promise", "already-promised", "nl"));
        Assert.Equal(PromiseStatus.Open, promise.Status);
    }

    [Fact]
    public async Task Promise_OffersOnlyAPerson_AfterTwoBrokenPromises()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedBrokenPromisesAsync(invoice, 2);
        var (client, session) = await app.OpenWithInvoiceAsync("ik betaal vrijdag");

        var replies = await client.RepliesAsync(session, "1234 AB");

        Assert.True(Texts.IsOneOf(replies[^1].Text, "payment-promise", "person-only", "nl"));
        Assert.Contains(replies[^1].SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
    }
}
