using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Bot;

/// <summary>
/// Checks who the customer is before anything about an invoice is shown: invoice number and postcode must
/// belong together. A wrong number and a wrong postcode give the same answer, so nobody learns whether an
/// invoice exists; failures are limited per conversation, per invoice number and per source (where the
/// conversations were opened from), so a new conversation does not buy new guesses. A verification counts for
/// <see cref="VerificationOptions.ValidForMinutes"/>; then it is forgotten and the customer is asked again.
/// </summary>
public sealed class Verification(WebcareDbContext db, TimeProvider clock, IOptions<VerificationOptions> options)
{
    public const string Verified = "verified";
    public const string Failed = "failed";
    public const string Locked = "locked";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The answers that prove who the customer is; all are forgotten when a verification expires.</summary>
    private static readonly string[] Proof = ["debtorId", "invoiceId", "invoiceNumber", "postcode", "customerNumber", "birthDate", "verifiedAt"];

    public async Task<string> CheckAsync(ConversationValues values, string conversationKey, CancellationToken ct)
    {
        var o = options.Value;
        var byCustomer = o.Method == VerificationOptions.CustomerAndBirthDate;
        // The identifier guessed at: the invoice number, or the customer number.
        var number = byCustomer ? values["customerNumber"] : values["invoiceNumber"];
        var proof = byCustomer ? values["birthDate"] : values["postcode"];
        var now = clock.GetUtcNow().UtcDateTime;
        if (values.Number("verifyFailures") >= o.MaxFailuresPerConversation) return Locked;
        if (number is null || proof is null) return Failed;

        var since = now.AddMinutes(-o.FailureWindowMinutes);
        var source = await SourceOfAsync(conversationKey, ct);
        // Counting the failures and recording this one are one step: chats checking at the same moment would all count
        // the same failures and together pass the per-invoice and per-source limits. Checks are a few per chat, so
        // one at a time in this process costs nothing noticeable (several app instances still race; see README).
        await Gate.WaitAsync(ct);
        try
        {
            return await CheckCountedAsync(values, conversationKey, number, proof, byCustomer, source, since, now, ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<string> CheckCountedAsync(ConversationValues values, string conversationKey, string number, string proof, bool byCustomer,
        string? source, DateTime since, DateTime now, CancellationToken ct)
    {
        var o = options.Value;
        var fromSource = source is null ? 0 : await db.VerificationAttempts.CountAsync(a => a.Source == source && a.FailedAt > since, ct);
        var recentFailures = await db.VerificationAttempts
            .CountAsync(a => a.InvoiceNumber == number && a.FailedAt > since, ct);
        var match = recentFailures >= o.MaxFailuresPerInvoice || fromSource >= o.MaxFailuresPerSource ? null
            : byCustomer ? await OldestOpenInvoiceAsync(number, DateOnly.Parse(proof, System.Globalization.CultureInfo.InvariantCulture), ct)
            : await db.Invoices.AsNoTracking()
                .Where(i => i.Number == number && i.Debtor!.Postcode == proof)
                .Select(i => new Match(i.Id, i.DebtorId, i.Number))
                .SingleOrDefaultAsync(ct);
        if (match is not null)
        {
            values["debtorId"] = match.DebtorId.ToString();
            values["invoiceId"] = match.InvoiceId.ToString();
            values["invoiceNumber"] = match.InvoiceNumber;
            values["verifyFailures"] = null;
            values["verifiedAt"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            values["verificationExpired"] = null;
            return Verified;
        }

        db.VerificationAttempts.Add(new VerificationAttempt { InvoiceNumber = number, ConversationKey = conversationKey, FailedAt = now, Source = source });
        // Saved at once, inside the gate, so the next check counts it.
        await db.SaveChangesAsync(ct);
        var failures = values.Number("verifyFailures") + 1;
        values["verifyFailures"] = failures.ToString();
        values["invoiceNumber"] = null;
        values["postcode"] = null;
        values["customerNumber"] = null;
        values["birthDate"] = null;
        return failures >= o.MaxFailuresPerConversation || recentFailures + 1 >= o.MaxFailuresPerInvoice || fromSource + 1 >= o.MaxFailuresPerSource
            ? Locked : Failed;
    }

    /// <summary>Where a website conversation was opened from; null for other channels (their platform vouches for the user).</summary>
    private Task<string?> SourceOfAsync(string conversationKey, CancellationToken ct) =>
        Conversations.ConversationKey.DirectLineId(conversationKey) is { } id
            ? db.Conversations.Where(c => c.Id == id).Select(c => c.Source).SingleOrDefaultAsync(ct)
            : Task.FromResult<string?>(null);

    public static bool IsVerified(ConversationValues values) => values["invoiceId"] is not null;

    /// <summary>
    /// A verified customer who names another invoice. One of their own (the same debtor) becomes the invoice the chat
    /// is about (<see cref="InvoiceSwitch.Switched"/>). Another debtor's, or one that does not exist, is
    /// <see cref="InvoiceSwitch.NotTheirs"/> for both alike, and nothing changes: the caller decides (see
    /// <see cref="ForgetFor"/>). A customer verified for one invoice proved who they are, not that they may see
    /// someone else's.
    /// </summary>
    public async Task<InvoiceSwitch> SwitchToAsync(ConversationValues values, string? named, CancellationToken ct)
    {
        if (!IsVerified(values) || named is null || string.Equals(named, values["invoiceNumber"], StringComparison.OrdinalIgnoreCase))
            return InvoiceSwitch.None;
        var debtorId = int.Parse(values["debtorId"]!, System.Globalization.CultureInfo.InvariantCulture);
        var invoice = await db.Invoices.AsNoTracking()
            .Where(i => i.Number == named && i.DebtorId == debtorId)
            .Select(i => new { i.Id, i.Number })
            .FirstOrDefaultAsync(ct);
        if (invoice is null) return InvoiceSwitch.NotTheirs;
        values["invoiceId"] = invoice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["invoiceNumber"] = invoice.Number;
        return InvoiceSwitch.Switched;
    }

    /// <summary>
    /// Forgets the check so that a request about <paramref name="named"/> starts with a new one: for the invoice
    /// method, a check of that number (its postcode asked).
    /// </summary>
    public void ForgetFor(ConversationValues values, string named)
    {
        foreach (var key in Proof) values[key] = null;
        if (Method == "invoice") values["invoiceNumber"] = named;
    }

    /// <summary>
    /// Forgets a verification older than <see cref="VerificationOptions.ValidForMinutes"/> (or of unknown age),
    /// so the next look at the invoice asks again; true when it did.
    /// </summary>
    public bool ExpireIfStale(ConversationValues values)
    {
        if (!IsVerified(values)) return false;
        var validUntil = DateTime.TryParse(values["verifiedAt"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at.AddMinutes(options.Value.ValidForMinutes) : DateTime.MinValue;
        if (clock.GetUtcNow().UtcDateTime < validUntil) return false;
        foreach (var key in Proof) values[key] = null;
        values["verificationExpired"] = "true";
        return true;
    }

    /// <summary>The questions to ask: "invoice" (number + postcode) or "customer" (customer number + date of birth).</summary>
    public string Method => options.Value.Method == VerificationOptions.CustomerAndBirthDate ? "customer" : "invoice";

    /// <summary>A customer verified by customer number sees their oldest unpaid invoice first.</summary>
    private Task<Match?> OldestOpenInvoiceAsync(string customerNumber, DateOnly born, CancellationToken ct) =>
        db.Invoices.AsNoTracking()
            .Where(i => i.Debtor!.CustomerNumber == customerNumber && i.Debtor.DateOfBirth == born)
            .OrderBy(i => i.OpenCents > 0 ? 0 : 1)
            .ThenBy(i => i.DueOn)
            .Select(i => new Match(i.Id, i.DebtorId, i.Number))
            .FirstOrDefaultAsync(ct);

    private sealed record Match(int InvoiceId, int DebtorId, string InvoiceNumber);

    /// <summary>Verified already, locked after too many failures, expired (asked again), or still to be checked.</summary>
    public string Status(ConversationValues values) =>
        IsVerified(values) ? Verified
        : values.Number("verifyFailures") >= options.Value.MaxFailuresPerConversation ? Locked
        : values["verificationExpired"] is not null ? "expired-" + Method
        : "unverified-" + Method;
}

public enum InvoiceSwitch
{
    None,
    Switched,
    NotTheirs,
}
