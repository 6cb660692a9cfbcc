using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WebcareHub.Invoices;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Invoices;

/// <summary>
/// The Admin upload page for a payments CSV (<c>/payments/</c>): it posts the file as it is to the import endpoint, and
/// it can say every line message the server gives in Dutch.
/// </summary>
public sealed partial class PaymentsUploadPageTests
{
    [Fact]
    public async Task Page_HasALabelledFileField_AndTheImportTakesTheFileAsThePageSendsIt()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var admin = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var page = await admin.GetStringAsync("/payments/");
        var script = await admin.GetStringAsync("/payments/payments.js");
        // What payments.js does: the file as the body, with the file's CSV type.
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "reference;invoice;amount_cents;received_on\r\nB-1;F2026-00012;25000;2026-11-24\r\nB-2;F2099-00001;100;2026-11-24\r\nB-3;F2026-00012;100;2026-11-25\r\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var applied = await admin.PostAsync("/api/payments/import", file);
        var again = await admin.PostAsync("/api/payments/import", file);

        Assert.Contains("<label for=\"file\" data-i18n=\"file\">CSV-bestand</label>", page);
        Assert.Contains("<input id=\"file\" name=\"file\" type=\"file\"", page);
        Assert.Contains("fetch('/api/payments/import', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file })", script);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("""{"added":1,"duplicates":0,"unknownInvoices":["line 3: invoice F2099-00001 is unknown"],"overpaid":[],"notYetReceived":["line 4: dated 2026-11-25, after today; not applied yet, send it again from that day"]}""", await applied.Content.ReadAsStringAsync());
        Assert.Equal("""{"added":0,"duplicates":1,"unknownInvoices":["line 3: invoice F2099-00001 is unknown"],"overpaid":[],"notYetReceived":["line 4: dated 2026-11-25, after today; not applied yet, send it again from that day"]}""", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_TranslatesEveryLineMessageOfTheServer_IntoDutch()
    {
        await using var app = new WebcareAppFactory();
        var script = await app.CreateHttpClient().GetStringAsync("/payments/payments.js");
        // The [pattern, words] pairs of payments.js; JavaScript's and .NET's regex syntax agree on these.
        var rules = Rule().Matches(script).Select(m => (Pattern: new Regex(m.Groups[1].Value), Words: m.Groups[2].Value)).ToList();
        var errors = PaymentsIn.ParseCsv("reference,invoice,amount,date\n" + string.Join('\n',
            ";F1;1;2026-11-24", "R1;;1;2026-11-24", "R2;F1;-5;2026-11-24", "R3;F1;5;24-11-2026", "R2;F1;5;2026-11-24", "R4;F1;5", "R5;F1;5;1999-01-01", "R6;F1;5;2026-12-25"), new DateOnly(2026, 11, 24)).Errors
            .Append("line 9: invoice F1 is unknown")
            .Append("line 10: invoice F1 received 500 cents more than it owed; a call-back task asks a colleague to arrange the refund")
            .Append("line 11: dated 2026-11-25, after today; not applied yet, send it again from that day").ToList();

        var untranslated = errors.Where(e => !rules.Any(r => r.Pattern.IsMatch(e))).ToList();
        var dutch = errors.Select(e => rules.Aggregate(e, (text, r) => r.Pattern.Replace(text, r.Words))).ToList();

        Assert.Equal(12, errors.Count);
        Assert.Empty(untranslated);
        Assert.All(dutch, d => Assert.StartsWith("regel ", d));
        Assert.Contains("regel 4: amount_cents moet een heel aantal centen boven 0 zijn (\"-5\")", dutch);
    }

    [GeneratedRegex(@"\[/(\^line .*?\$)/, '(.*?)'\]")]
    private static partial Regex Rule();
}
