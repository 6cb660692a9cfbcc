using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;
using WebcareHub.Understanding;

namespace WebcareHub.Agreements;

/// <summary>
/// The rules for a payment-date promise: one open promise per invoice, not in the past, not too far ahead
/// (shorter after a broken promise, none after two), and the record itself with its written summary queued.
/// </summary>
public sealed class PaymentPromises(WebcareDbContext db, CustomerClock today, TimeProvider clock, IOptions<AgreementOptions> options)
{
    public const string Eligible = "eligible";
    public const string EligibleShortTerm = "short-term";
    public const string AlreadyPromised = "already-promised";
    public const string NothingToPay = "nothing-to-pay";
    public const string PersonOnly = "person-only";
    public const string Disputed = "disputed";

    public async Task<(string Outcome, DateOnly? PromisedOn)> EligibilityAsync(int invoiceId, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { i.DebtorId, i.Number, Open = i.OpenCents })
            .SingleAsync(ct);
        if (invoice.Open <= 0) return (NothingToPay, null);
        // A disputed invoice gets answers, not payment prompts, until the creditor has checked the claim.
        if (await db.HandoffRequests.AnyAsync(h => h.Reason == "dispute" && h.InvoiceNumber == invoice.Number
                && h.Status != Handoff.HandoffStatus.Resolved, ct))
            return (Disputed, null);
        var open = await db.PaymentPromises.AsNoTracking()
            .Where(p => p.InvoiceId == invoiceId && p.Status == PromiseStatus.Open)
            .Select(p => (DateOnly?)p.PromisedOn).FirstOrDefaultAsync(ct);
        if (open is not null) return (AlreadyPromised, open);
        var broken = await db.PaymentPromises.CountAsync(p => p.DebtorId == invoice.DebtorId && p.Status == PromiseStatus.Broken, ct);
        return (broken switch
        {
            0 => Eligible,
            1 => EligibleShortTerm,
            _ => PersonOnly,
        }, null);
    }

    /// <summary>"ok", "past" or "too-far" for a promised day, and the latest day the policy allows.</summary>
    public async Task<(string Outcome, DateOnly Latest)> CheckDayAsync(int invoiceId, DateOnly day, bool shortTerm, CancellationToken ct)
    {
        var policy = await PolicyAsync(invoiceId, ct);
        var latest = today.Today.AddDays(shortTerm ? policy.PromiseMaxDaysAheadAfterBroken : policy.PromiseMaxDaysAhead);
        return (day < today.Today ? "past" : day > latest ? "too-far" : "ok", latest);
    }

    public async Task RecordAsync(int invoiceId, DateOnly day, string recordedBy, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { i.DebtorId, Open = i.OpenCents })
            .SingleAsync(ct);
        db.PaymentPromises.Add(new PaymentPromise
        {
            InvoiceId = invoiceId,
            DebtorId = invoice.DebtorId,
            AmountCents = invoice.Open,
            PromisedOn = day,
            Status = PromiseStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = recordedBy,
        });
        // Saved before the bot says "agreed", so a customer is never told about a promise that was not kept.
        await db.SaveChangesAsync(ct);
    }

    private async Task<AgreementPolicy> PolicyAsync(int invoiceId, CancellationToken ct)
    {
        var creditor = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Creditor!.Name).SingleAsync(ct);
        return options.Value.For(creditor);
    }

    public static string FormatDay(DateOnly day, string locale) =>
        day.ToString("dddd d MMMM", Bot.Locales.Culture(locale));
}
