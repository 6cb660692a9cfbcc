using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.Agreements;
using WebcareHub.FollowUps;
using WebcareHub.Invoices;
using WebcareHub.Tests.Bot;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// Summaries queued by the one agreement service and sent by the sweep's plain class to a real SMTP server
/// started in the test. The app's clock says Tuesday 24 November 2026 10:00 Amsterdam time when agreements are made.
/// </summary>
public sealed class SummarySenderTests
{
    private static readonly DateTimeOffset Tuesday10 = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task SendDue_DeliversThePromiseInTheCustomersLanguage_WithInvoiceAmountAndDate()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var invoice = await app.SeedInvoiceAsync();
        var result = await PromiseAsync(app, invoice, AgreementAuthor.Bot("directline:c", "en"));

        var (sent, failure) = await SendDueAsync(app, new FakeTimeProvider(Tuesday10));

        Assert.Equal("sanne@example.nl", result.SummaryTo);
        Assert.Equal((1, null), (sent, failure));
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("sanne@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.Equal("en", mail.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains("F2026-00012", mail.Subject);
        Assert.Contains("Amount: €1,162.34", mail.TextBody);
        Assert.Contains("Pay by: Friday 4 December 2026", mail.TextBody);
        Assert.Contains("Dear Sanne de Vries", mail.TextBody);
        Assert.DoesNotContain(DialogCatalogTests.ForbiddenWords, w => mail.TextBody!.Contains(w, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(await app.QueryAsync(db => db.PaymentPromises.Select(p => p.SummarySentAt).SingleAsync()));
        Assert.Equal(SummaryState.Sent, await app.QueryAsync(db => db.AgreementSummaries.Select(s => s.State).SingleAsync()));
    }

    [Fact]
    public async Task SendDue_DeliversAnAgentsArrangementInDutch_WithTheSchedule()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var invoice = await app.SeedInvoiceAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<AgreementBook>();
            Assert.Equal(AgreementOutcome.Recorded, (await book.ArrangeAsync(invoice.Id, 200_00, AgreementAuthor.Agent("anna"), CancellationToken.None)).Outcome);
        }

        await SendDueAsync(app, new FakeTimeProvider(Tuesday10));

        var mail = Assert.Single(smtp.Received);
        Assert.Equal("nl", mail.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains("Totaal: € 1.162,34, in 6 maandelijkse termijnen:", mail.TextBody);
        Assert.Contains("- 1 december 2026: € 200,00", mail.TextBody);
        Assert.Contains("- 1 mei 2027: € 162,34", mail.TextBody);
    }

    [Fact]
    public async Task SendDue_WaitsUntilSevenOnTuesday_WhenDueSaturdayNightBeforeEasterMonday()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var invoice = await app.SeedInvoiceAsync();
        await PromiseAsync(app, invoice, AgreementAuthor.Bot("directline:c"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 27, 21, 30, 0, TimeSpan.FromHours(1)));

        var counts = new List<int>();
        foreach (var step in new[] { TimeSpan.Zero, TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromHours(7) })
        {
            clock.Advance(step); // Saturday 21:30, Sunday 09:30, Easter Monday 10:30 (summer time), Monday 17:30
            counts.Add((await SendDueAsync(app, clock)).Sent);
        }
        clock.SetUtcNow(new DateTimeOffset(2027, 3, 30, 6, 59, 0, TimeSpan.FromHours(2)));
        counts.Add((await SendDueAsync(app, clock)).Sent);
        clock.Advance(TimeSpan.FromMinutes(1));
        counts.Add((await SendDueAsync(app, clock)).Sent);

        Assert.Equal([0, 0, 0, 0, 0, 1], counts);
        Assert.Single(smtp.Received);
        Assert.Equal(new DateTime(2027, 3, 30, 5, 0, 0), await app.QueryAsync(db => db.AgreementSummaries.Select(s => s.SentAt).SingleAsync()));
    }

    [Fact]
    public async Task SendDue_RetriesAfterAnSmtpFailure_WithoutSendingTwice()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var invoice = await app.SeedInvoiceAsync();
        await PromiseAsync(app, invoice, AgreementAuthor.Bot("directline:c"));
        var clock = new FakeTimeProvider(Tuesday10);
        smtp.RefuseNext(1);

        var refused = await SendDueAsync(app, clock);
        var row = await app.QueryAsync(db => db.AgreementSummaries.AsNoTracking().SingleAsync());
        var tooSoon = await SendDueAsync(app, clock);
        clock.Advance(TimeSpan.FromMinutes(5));
        var retried = await SendDueAsync(app, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var again = await SendDueAsync(app, clock);

        Assert.Equal(0, refused.Sent);
        Assert.NotNull(refused.Failure);
        Assert.Equal((SummaryState.Queued, 1), (row.State, row.Attempts));
        Assert.Contains("554", row.LastError);
        Assert.Equal((0, 1, 0), (tooSoon.Sent, retried.Sent, again.Sent));
        Assert.Single(smtp.Received);
        Assert.Equal((SummaryState.Sent, 2), await app.QueryAsync(db => db.AgreementSummaries.Select(s => ValueTuple.Create(s.State, s.Attempts)).SingleAsync()));
    }

    [Fact]
    public async Task SendDue_WritesAnEmlFile_WhenDeliveryIsAPickupFolder()
    {
        var folder = Directory.CreateTempSubdirectory("webcarehub-mail-").FullName;
        await using var app = new WebcareAppFactory(settings: new() { ["Email:Delivery"] = "Pickup", ["Email:PickupFolder"] = folder });
        var invoice = await app.SeedInvoiceAsync();
        await PromiseAsync(app, invoice, AgreementAuthor.Bot("directline:c"));

        await SendDueAsync(app, new FakeTimeProvider(Tuesday10));
        await SendDueAsync(app, new FakeTimeProvider(Tuesday10.AddHours(1)));

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var mail = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Contains("Betalen uiterlijk: vrijdag 4 december 2026", mail.TextBody);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Promise_QueuesNoSummary_WhenTheDebtorRecordHasNoUsableAddress()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.QueryAsync(db => db.Debtors.ExecuteUpdateAsync(u => u.SetProperty(d => d.Email, "sanne at example")));

        var result = await PromiseAsync(app, invoice, AgreementAuthor.Bot("directline:c"));

        Assert.Equal(AgreementOutcome.Recorded, result.Outcome);
        Assert.Null(result.SummaryTo);
        Assert.Equal(0, await app.QueryAsync(db => db.AgreementSummaries.CountAsync()));
    }

    private static async Task<PromiseResult> PromiseAsync(WebcareAppFactory app, Invoice invoice, AgreementAuthor author)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementBook>().PromiseAsync(invoice.Id, new DateOnly(2026, 12, 4), author, CancellationToken.None);
    }

    /// <summary>The sweep's summary step, as the job calls it, on the given clock.</summary>
    public static async Task<(int Sent, Exception? Failure)> SendDueAsync(WebcareAppFactory app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<SummarySender>(scope.ServiceProvider, clock).SendDueAsync(CancellationToken.None);
    }
}
