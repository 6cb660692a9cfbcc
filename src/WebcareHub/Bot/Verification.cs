using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Bot;

/// <summary>
/// Checks who the customer is before anything about an invoice is shown: invoice number and postcode must
/// belong together. A wrong number and a wrong postcode give the same answer, so nobody learns whether an
/// invoice exists; failures are limited per conversation and per invoice number.
/// </summary>
public sealed class Verification(WebcareDbContext db, TimeProvider clock, IOptions<VerificationOptions> options)
{
    public const string Verified = "verified";
    public const string Failed = "failed";
    public const string Locked = "locked";

    public async Task<string> CheckAsync(ConversationValues values, string conversationKey, CancellationToken ct)
    {
        var o = options.Value;
        var number = values["invoiceNumber"];
        var postcode = values["postcode"];
        var now = clock.GetUtcNow().UtcDateTime;
        if (values.Number("verifyFailures") >= o.MaxFailuresPerConversation) return Locked;
        if (number is null || postcode is null) return Failed;

        var recentFailures = await db.VerificationAttempts
            .CountAsync(a => a.InvoiceNumber == number && a.FailedAt > now.AddMinutes(-o.FailureWindowMinutes), ct);
        var match = recentFailures >= o.MaxFailuresPerInvoice
            ? null
            : await db.Invoices.AsNoTracking()
                .Where(i => i.Number == number && i.Debtor!.Postcode == postcode)
                .Select(i => new { i.Id, i.DebtorId })
                .SingleOrDefaultAsync(ct);
        if (match is not null)
        {
            values["debtorId"] = match.DebtorId.ToString();
            values["invoiceId"] = match.Id.ToString();
            values["verifyFailures"] = null;
            return Verified;
        }

        db.VerificationAttempts.Add(new VerificationAttempt { InvoiceNumber = number, ConversationKey = conversationKey, FailedAt = now });
        var failures = values.Number("verifyFailures") + 1;
        values["verifyFailures"] = failures.ToString();
        values["invoiceNumber"] = null;
        values["postcode"] = null;
        return failures >= o.MaxFailuresPerConversation || recentFailures + 1 >= o.MaxFailuresPerInvoice ? Locked : Failed;
    }

    public static bool IsVerified(ConversationValues values) => values["invoiceId"] is not null;

    /// <summary>Verified already, locked after too many failures, or still to be checked.</summary>
    public string Status(ConversationValues values) =>
        IsVerified(values) ? Verified
        : values.Number("verifyFailures") >= options.Value.MaxFailuresPerConversation ? Locked
        : "unverified";
}
