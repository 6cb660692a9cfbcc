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
/// Arrangement checks on a moved clock: the bot's "Mis je een termijn? Dan nemen we contact met je op" is a call-back
/// task when an instalment is missed. The seeded invoice (€ 1.162,34) is arranged at € 400 a month: 3 instalments.
/// </summary>
public sealed class ArrangementCheckerTests
{
    [Fact]
    public async Task CheckDue_MarksTheArrangementMissed_WithACallbackTask_WhenAnInstalmentDidNotCome()
    {
        await using var app = new WebcareAppFactory();
        var arrangement = await ArrangeAsync(app);

        var decided = await CheckDueAsync(app, AfterInstalment(arrangement, 0));

        Assert.Equal(1, decided);
        Assert.Equal(ArrangementStatus.Broken, await StatusAsync(app));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.MissedInstalment, $"arrangement:{arrangement.Id}", "F2026-00012", "directline:c"),
            (task.Reason, task.SourceKey, task.InvoiceNumber, task.ConversationKey));
        Assert.Contains("€ 400,00", task.Context);
        Assert.Contains("er ontbreekt € 400,00", task.Context, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Goedendag, u spreekt met Incasso & Co. U betaalt factuur F2026-00012 in termijnen.", task.OpeningLine);
        // A second run (the sweep after the job, a retry) decides nothing again.
        Assert.Equal(0, await CheckDueAsync(app, AfterInstalment(arrangement, 0)));
        Assert.Equal(1, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
    }

    [Fact]
    public async Task CheckDue_LetsTheArrangementRunOn_WhileTheInstalmentsComeIn()
    {
        await using var app = new WebcareAppFactory();
        var arrangement = await ArrangeAsync(app);
        await PayAsync(app, arrangement, 400_00, arrangement.FirstDueOn);

        Assert.Equal(0, await CheckDueAsync(app, new FakeTimeProvider(new DateTimeOffset(arrangement.FirstDueOn.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))));
        Assert.Equal(0, await CheckDueAsync(app, AfterInstalment(arrangement, 0)));
        Assert.Equal(ArrangementStatus.Active, await StatusAsync(app));

        await PayAsync(app, arrangement, 400_00, arrangement.FirstDueOn.AddMonths(1));
        await PayAsync(app, arrangement, 362_34, arrangement.FirstDueOn.AddMonths(2));

        Assert.Equal(1, await CheckDueAsync(app, AfterInstalment(arrangement, 2)));
        Assert.Equal(ArrangementStatus.Completed, await StatusAsync(app));
        Assert.Equal(0, await app.QueryAsync(db => db.CallbackTasks.CountAsync()));
    }

    [Fact]
    public async Task CheckDue_MarksTheArrangementMissed_WhenTheSecondInstalmentIsShort()
    {
        await using var app = new WebcareAppFactory();
        var arrangement = await ArrangeAsync(app);
        await PayAsync(app, arrangement, 400_00, arrangement.FirstDueOn);
        await PayAsync(app, arrangement, 150_00, arrangement.FirstDueOn.AddMonths(1));

        Assert.Equal(1, await CheckDueAsync(app, AfterInstalment(arrangement, 1)));

        Assert.Equal(ArrangementStatus.Broken, await StatusAsync(app));
        Assert.Contains("er kwam € 550,00", (await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync())).Context);
    }

    /// <summary>Noon, a week after the instalment's day: past its grace period.</summary>
    private static FakeTimeProvider AfterInstalment(PaymentArrangement arrangement, int index) =>
        new(new DateTimeOffset(arrangement.FirstDueOn.AddMonths(index).AddDays(7).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private static async Task<PaymentArrangement> ArrangeAsync(WebcareAppFactory app)
    {
        var invoice = await app.SeedInvoiceAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AgreementBook>()
                .ArrangeAsync(invoice.Id, 400_00, AgreementAuthor.Bot("directline:c"), CancellationToken.None);
            Assert.Equal(AgreementOutcome.Recorded, result.Outcome);
        }
        var arrangement = await app.QueryAsync(db => db.PaymentArrangements.AsNoTracking().SingleAsync());
        Assert.Equal(3, arrangement.InstalmentCount);
        return arrangement;
    }

    private static Task PayAsync(WebcareAppFactory app, PaymentArrangement arrangement, long cents, DateOnly on) => app.QueryAsync(async db =>
    {
        db.Payments.Add(new Payment { InvoiceId = arrangement.InvoiceId, AmountCents = cents, ReceivedOn = on, Reference = $"BANK-{on:yyyyMMdd}-{cents}" });
        await db.Invoices.Where(i => i.Id == arrangement.InvoiceId).ExecuteUpdateAsync(u => u.SetProperty(i => i.PaidCents, i => i.PaidCents + cents));
        return await db.SaveChangesAsync();
    });

    private static Task<ArrangementStatus> StatusAsync(WebcareAppFactory app) => app.QueryAsync(db => db.PaymentArrangements.Select(a => a.Status).SingleAsync());

    private static async Task<int> CheckDueAsync(WebcareAppFactory app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<ArrangementChecker>(scope.ServiceProvider, clock).CheckDueAsync(CancellationToken.None);
    }
}
