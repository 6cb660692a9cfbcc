using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Invoices;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Invoices;

/// <summary>Payments in from the collection system: refused whole on a bad line, once per reference, unknown invoices reported.</summary>
public sealed class PaymentsInTests
{
    private const string Key = "test-payments-key-0123456789";
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void ParseCsv_NamesEveryBadLine()
    {
        var batch = PaymentsIn.ParseCsv("reference;invoice;amount_cents;received_on\nB-1;F2026-00012;100,00;2026-11-24\nB-2;F2026-00012;500;24-11-2026\nB-3;F2026-00012;500\nB-1;F2026-00012;500;2026-11-24\n", Today);

        Assert.Equal([
            "line 4: expected 4 fields, found 3",
            "line 2: amount_cents must be a whole number of cents above 0 (\"100,00\")",
            "line 3: received_on must be a date as YYYY-MM-DD (\"24-11-2026\")",
            "line 5: reference B-1 appears twice in this batch",
        ], batch.Errors);
    }

    [Fact]
    public void ParseCsv_RefusesAnAmountThatCouldOverflow_AndADayOutOfAnyCalendar()
    {
        var batch = PaymentsIn.ParseCsv("reference;invoice;amount_cents;received_on\nOVF-1;F2026-00003;9223372036854775807;2026-11-24\nOVF-2;F2026-00003;100;9999-12-31\nOVF-3;F2026-00003;100;1999-12-31\n", Today);

        Assert.Equal([
            "line 2: amount_cents is more than one payment can be (10000000000 cents at most)",
            "line 3: received_on is more than 7 days after today, 2026-11-24 (\"9999-12-31\")",
            "line 4: received_on must be a day in 2000 or later (\"1999-12-31\")",
        ], batch.Errors);
    }

    /// <summary>
    /// Money not yet received cannot count, but a bank's value date tomorrow loses nothing else: the rest of the batch is
    /// applied, the line is reported and counts when sent again from its day; a day more than a week ahead is a typing
    /// error that refuses the batch.
    /// </summary>
    [Fact]
    public async Task Import_HoldsBackAPaymentDatedAfterToday_AndAppliesItWhenSentAgainOnItsDay()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var first = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;50000;2026-11-24\nB-2;F2026-00012;100;2026-11-25"));
        var paidFirst = await app.QueryAsync(db => db.Invoices.Select(i => i.PaidCents).SingleAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));
        var again = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;50000;2026-11-24\nB-2;F2026-00012;100;2026-11-25"));
        var typo = await admin.PostAsync("/api/payments/import", Csv("B-3;F2026-00012;100;2026-11-25\nB-4;F2026-00012;100;2026-12-03"));

        var firstResult = (await first.Content.ReadFromJsonAsync<PaymentImportResult>())!;
        var againResult = (await again.Content.ReadFromJsonAsync<PaymentImportResult>())!;
        Assert.Equal((1, 0), (firstResult.Added, firstResult.Duplicates));
        Assert.Equal(["line 3: dated 2026-11-25, after today; not applied yet, send it again from that day"], firstResult.NotYetReceived);
        Assert.Equal(50_000L, paidFirst);
        Assert.Equal((1, 1), (againResult.Added, againResult.Duplicates));
        Assert.Empty(againResult.NotYetReceived);
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Contains("line 3: received_on is more than 7 days after today, 2026-11-25", await typo.Content.ReadAsStringAsync());
        Assert.Equal(["B-1", "B-2"], await app.QueryAsync(db => db.Payments.OrderBy(p => p.Id).Select(p => p.Reference).ToListAsync()));
        Assert.Equal(50_100L, await app.QueryAsync(db => db.Invoices.Select(i => i.PaidCents).SingleAsync()));
    }

    /// <summary>Money paid too much is never absorbed in silence: reported, and one refund task per payment.</summary>
    [Fact]
    public async Task Import_ReportsAnOverpayment_AndGivesTheRefundToAColleague()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var first = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;100000;2026-11-20\nB-2;F2026-00012;20000;2026-11-24"));
        var again = await admin.PostAsync("/api/payments/import", Csv("B-2;F2026-00012;20000;2026-11-24\nB-3;F2026-00012;500;2026-11-24"));

        var firstResult = (await first.Content.ReadFromJsonAsync<PaymentImportResult>())!;
        var againResult = (await again.Content.ReadFromJsonAsync<PaymentImportResult>())!;
        // 1.162,34 owed: 1.000,00 then 200,00 is 37,66 too much; a later 5,00 on the paid invoice is all too much.
        Assert.Equal(["line 3: invoice F2026-00012 received 3766 cents more than it owed; a call-back task asks a colleague to arrange the refund"], firstResult.Overpaid);
        Assert.Equal(["line 3: invoice F2026-00012 received 500 cents more than it owed; a call-back task asks a colleague to arrange the refund"], againResult.Overpaid);
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync());
        Assert.Equal((120_500L, InvoiceStatus.Paid), (invoice.PaidCents, invoice.Status));
        var tasks = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().OrderBy(t => t.Id).ToListAsync());
        Assert.Equal(["overpaid:B-2", "overpaid:B-3"], tasks.Select(t => t.SourceKey));
        Assert.All(tasks, t => Assert.Equal(("overpaid", "F2026-00012"), (t.Reason, t.InvoiceNumber)));
        Assert.Contains("€ 37,66 meer dan er openstond", tasks[0].Context);
        Assert.Contains("€ 37,66 meer betaald", tasks[0].OpeningLine);
        Assert.EndsWith("of mag het naar een andere factuur van u?", tasks[0].OpeningLine); // asked, not promised
    }

    [Fact]
    public async Task Import_AppliesNothing_WhenOneLineIsBroken()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var response = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;50000;2026-11-24\nB-2;F2026-00012;12.50;2026-11-24"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 3: amount_cents", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.QueryAsync(db => db.Payments.CountAsync()));
        Assert.Equal(0L, await app.QueryAsync(db => db.Invoices.Select(i => i.PaidCents).SingleAsync()));
    }

    [Fact]
    public async Task Import_CountsADuplicatePaymentOnce_AndReportsAnUnknownInvoice()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var first = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;50000;2026-11-24\nB-2;F2099-99999;100;2026-11-24"));
        var again = await admin.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;50000;2026-11-24"));

        var firstResult = await first.Content.ReadFromJsonAsync<PaymentImportResult>();
        var againResult = await again.Content.ReadFromJsonAsync<PaymentImportResult>();
        Assert.Equal((1, 0), (firstResult!.Added, firstResult.Duplicates));
        Assert.Equal(["line 3: invoice F2099-99999 is unknown"], firstResult.UnknownInvoices);
        Assert.Equal((0, 1), (againResult!.Added, againResult.Duplicates));
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync());
        Assert.Equal((50_000L, InvoiceStatus.PartlyPaid), (invoice.PaidCents, invoice.Status));
    }

    [Fact]
    public async Task Import_IsRefused_ToStaffWhoAreNotAdmins()
    {
        await using var app = new WebcareAppFactory();
        var supervisor = await app.CreateClientForAsync("sam@example.nl", StaffRoles.Supervisor);

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync("/api/payments/import", Csv("B-1;F2026-00012;1;2026-11-24"))).StatusCode);
    }

    [Fact]
    public async Task Api_AppliesPaymentsOnce_WithTheKey_AndRefusesAWrongKey()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Payments:ApiKeys:0"] = Key });
        await app.SeedInvoiceAsync();
        var http = app.CreateHttpClient();
        var body = new { payments = new[] { new { reference = "B-9", invoiceNumber = "F2026-00012", amountCents = 1_162_34L, receivedOn = "2026-11-24" } } };

        var wrong = await SendAsync(http, "test-payments-key-0123456780", body);
        var none = await SendAsync(http, null, body);
        var right = await SendAsync(http, Key, body);
        var twice = await SendAsync(http, Key, body);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.OK),
            (wrong.StatusCode, none.StatusCode, right.StatusCode, twice.StatusCode));
        Assert.Equal(1, (await twice.Content.ReadFromJsonAsync<PaymentImportResult>())!.Duplicates);
        var invoice = await app.QueryAsync(db => db.Invoices.AsNoTracking().SingleAsync());
        Assert.Equal((1_162_34L, InvoiceStatus.Paid, 0L), (invoice.PaidCents, invoice.Status, invoice.OpenCents));
    }

    [Fact]
    public async Task Command_ImportsAFile_AndRefusesABadOneWhole()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        await File.WriteAllTextAsync(good, PaymentsIn.CsvHeader + "\nB-1;F2026-00012;2000;2026-11-24\n");
        await File.WriteAllTextAsync(bad, PaymentsIn.CsvHeader + "\nB-2;F2026-00012;3000;2026-11-24\nB-3;;3000;2026-11-24\n");
        var output = new StringWriter();

        var refused = await PaymentsCommand.TryRunAsync(app.Services, ["payments", "import", bad], output);
        var applied = await PaymentsCommand.TryRunAsync(app.Services, ["payments", "import", good], output);

        Assert.Equal((1, 0), (refused, applied));
        Assert.Contains("line 3: invoice number must be 1 to 20 characters", output.ToString());
        Assert.Equal(["B-1"], await app.QueryAsync(db => db.Payments.Select(p => p.Reference).ToListAsync()));
        File.Delete(good);
        File.Delete(bad);
    }

    /// <summary>A file with a payment dated after today applies the rest but does not exit 0: the held line must be sent again.</summary>
    [Fact]
    public async Task Command_ExitsWithFour_WhenAPaymentIsDatedAfterToday()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, PaymentsIn.CsvHeader + "\nB-1;F2026-00012;2000;2026-11-24\nB-2;F2026-00012;3000;2026-11-26\n");
        var output = new StringWriter();

        var code = await PaymentsCommand.TryRunAsync(app.Services, ["payments", "import", file], output);

        Assert.Equal(4, code);
        Assert.Contains("1 dated after today (not applied yet)", output.ToString());
        Assert.Contains("line 3: dated 2026-11-26, after today; not applied yet, send it again from that day", output.ToString());
        Assert.Equal(["B-1"], await app.QueryAsync(db => db.Payments.Select(p => p.Reference).ToListAsync()));
        File.Delete(file);
    }

    [Fact]
    public void KeyMatches_OnlyTheWholeKey()
    {
        Assert.True(PaymentEndpoints.KeyMatches(Key, ["other", Key]));
        Assert.False(PaymentEndpoints.KeyMatches(Key[..^1], [Key]));
        Assert.False(PaymentEndpoints.KeyMatches("", [""]));
    }

    private static StringContent Csv(string rows) => new(PaymentsIn.CsvHeader + "\n" + rows, Encoding.UTF8, "text/csv");

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add(PaymentEndpoints.ApiKeyHeader, key);
        return http.SendAsync(request);
    }
}
