using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.Agreements;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// Promise checks on a moved clock. The promise is made on Tuesday 24 November 2026 for Friday 4 December
/// (€ 1.162,34); with one grace business day it is checked on Monday 7 December at 06:00 Amsterdam time.
/// </summary>
public sealed class PromiseCheckerTests
{
    private static readonly DateTimeOffset Monday0600 = new(2026, 12, 7, 6, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task CheckDue_KeepsThePromise_AndThanksInsideContactHours_WhenPaidInFull()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var promise = await PromiseAsync(app);
        await PayAsync(app, promise, 1_162_34, new DateOnly(2026, 12, 3));
        var clock = new FakeTimeProvider(Monday0600);

        var decided = await CheckDueAsync(app, clock);
        var at0600 = await SummarySenderTests.SendDueAsync(app, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var at0700 = await SummarySenderTests.SendDueAsync(app, clock);

        Assert.Equal(1, decided);
        Assert.Equal(PromiseStatus.Kept, await StatusAsync(app));
        Assert.Equal((0, 2), (at0600.Sent, at0700.Sent)); // the summary and the thank-you
        Assert.Contains(smtp.Received, m => m.Subject == "Bedankt voor je betaling van factuur F2026-00012");
        Assert.Equal(0, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
    }

    [Fact]
    public async Task CheckDue_BreaksThePromise_WithACallbackTask_WhenNothingWasPaid()
    {
        await using var app = new WebcareAppFactory();
        var promise = await PromiseAsync(app);

        var decided = await CheckDueAsync(app, new FakeTimeProvider(Monday0600));

        Assert.Equal(1, decided);
        Assert.Equal(PromiseStatus.Broken, await StatusAsync(app));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.BrokenPromise, $"promise:{promise.Id}", "F2026-00012", "directline:c"),
            (task.Reason, task.SourceKey, task.InvoiceNumber, task.ConversationKey));
        Assert.Contains("€ 1.162,34", task.Context);
        Assert.Contains("maandag 7 december 2026 kwam er geen betaling binnen", task.Context);
        Assert.StartsWith("Goedendag, u spreekt met Incasso & Co. U had met ons afgesproken factuur F2026-00012 uiterlijk vrijdag 4 december 2026", task.OpeningLine);
        Assert.Equal(new DateTime(2026, 12, 7, 6, 0, 0), task.DueAt); // 07:00 Amsterdam: the first moment an agent may call
    }

    [Fact]
    public async Task CheckDue_MakesTheBotOfferOnlyAShortTerm_AfterABrokenPromise()
    {
        await using var app = new WebcareAppFactory();
        var promise = await PromiseAsync(app);
        await CheckDueAsync(app, new FakeTimeProvider(Monday0600));

        await using var scope = app.Services.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<AgreementBook>().CheckPromiseAsync(promise.InvoiceId, null, AgreementAuthor.Bot("directline:c"), CancellationToken.None);

        Assert.Equal((AgreementOutcome.Allowed, true), (check.Outcome, check.ShortTerm));
    }

    [Fact]
    public async Task CheckDue_NeitherKeepsNorBreaks_WhenPartlyPaid()
    {
        await using var app = new WebcareAppFactory();
        var promise = await PromiseAsync(app);
        await PayAsync(app, promise, 500_00, new DateOnly(2026, 12, 4));

        await CheckDueAsync(app, new FakeTimeProvider(Monday0600));

        Assert.Equal(PromiseStatus.PartlyPaid, await StatusAsync(app));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal(CallbackReasons.PartlyPaid, task.Reason);
        Assert.Contains("kwam € 500,00 binnen, er ontbreekt nog € 662,34", task.Context);
        Assert.Equal(0, await app.QueryAsync(db => db.AgreementSummaries.CountAsync(s => s.Kind == SummaryKind.ThankYou)));
    }

    [Theory]
    [InlineData("2026-12-04T23:00:00+01:00")] // the promised Friday itself: the transfer may still arrive
    [InlineData("2026-12-06T12:00:00+01:00")] // the weekend is no business day
    [InlineData("2026-12-07T05:59:00+01:00")] // Monday, before the check time
    public async Task CheckDue_LeavesThePromiseOpen_BeforeTheGraceDayEnds(string at)
    {
        await using var app = new WebcareAppFactory();
        await PromiseAsync(app);

        var decided = await CheckDueAsync(app, new FakeTimeProvider(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(0, decided);
        Assert.Equal(PromiseStatus.Open, await StatusAsync(app));
    }

    [Fact]
    public async Task CheckDue_WaitsForTheNextBusinessDay_WhenTheGraceDayIsAClosureDay()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["OpeningHours:Exceptions:2026-12-07"] = "closed" });
        await PromiseAsync(app);
        var clock = new FakeTimeProvider(Monday0600.AddHours(10));

        var monday = await CheckDueAsync(app, clock);
        clock.Advance(TimeSpan.FromHours(14));
        var tuesday = await CheckDueAsync(app, clock);

        Assert.Equal((0, 1), (monday, tuesday));
    }

    [Fact]
    public async Task Check_DecidesOnce_WhenTheJobAndTheSweepBothRun()
    {
        await using var app = new WebcareAppFactory();
        var promise = await PromiseAsync(app);
        var clock = new FakeTimeProvider(Monday0600);

        PromiseStatus? first, second;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var checker = ActivatorUtilities.CreateInstance<PromiseChecker>(scope.ServiceProvider, (TimeProvider)clock);
            first = await checker.CheckAsync(promise.Id, CancellationToken.None);
            second = await checker.CheckAsync(promise.Id, CancellationToken.None);
        }
        var swept = await CheckDueAsync(app, clock);

        Assert.Equal((PromiseStatus.Broken, (PromiseStatus?)null, 0), (first, second, swept));
        Assert.Equal(1, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
    }

    private static async Task<PaymentPromise> PromiseAsync(WebcareAppFactory app)
    {
        var invoice = await app.SeedInvoiceAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AgreementBook>()
                .PromiseAsync(invoice.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Bot("directline:c"), CancellationToken.None);
            Assert.Equal(AgreementOutcome.Recorded, result.Outcome);
        }
        return await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync());
    }

    private static Task PayAsync(WebcareAppFactory app, PaymentPromise promise, long cents, DateOnly on) => app.QueryAsync(async db =>
    {
        db.Payments.Add(new Payment { InvoiceId = promise.InvoiceId, AmountCents = cents, ReceivedOn = on, Reference = "BANK-" + cents });
        await db.Invoices.Where(i => i.Id == promise.InvoiceId).ExecuteUpdateAsync(u => u.SetProperty(i => i.PaidCents, i => i.PaidCents + cents));
        return await db.SaveChangesAsync();
    });

    private static Task<PromiseStatus> StatusAsync(WebcareAppFactory app) => app.QueryAsync(db => db.PaymentPromises.Select(p => p.Status).SingleAsync());

    private static async Task<int> CheckDueAsync(WebcareAppFactory app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<PromiseChecker>(scope.ServiceProvider, clock).CheckDueAsync(CancellationToken.None);
    }
}
