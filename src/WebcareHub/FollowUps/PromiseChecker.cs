using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Handoff;
using WebcareHub.Invoices;

namespace WebcareHub.FollowUps;

/// <summary>
/// Checks an open promise on its check day (the promised day plus the creditor's grace period in business days):
/// paid in full since it was made → kept, and a thank-you is queued; nothing → broken, a call-back task; part →
/// partly paid, a call-back task that says so. The status changes only from open, in one transaction with what it
/// causes, so a check run twice (job and sweep, or a retry) does it once.
/// </summary>
public sealed class PromiseChecker(WebcareDbContext db, ContactWindow window, TimeProvider clock, CallbackTexts texts, AgreementChecks checks)
{
    /// <summary>Checks every open promise whose check moment has passed (the sweep); returns how many were decided.</summary>
    public async Task<int> CheckDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = window.Today(now);
        var open = await db.PaymentPromises.AsNoTracking()
            .Where(p => p.Status == PromiseStatus.Open && p.PromisedOn < today)
            .Select(p => new { p.Id, p.PromisedOn, Creditor = p.Invoice!.Creditor!.Name })
            .ToListAsync(ct);
        var decided = 0;
        foreach (var p in open.Where(p => checks.CheckMoment(p.PromisedOn, p.Creditor) <= now))
        {
            if (await CheckAsync(p.Id, ct) is not null) decided++;
        }
        return decided;
    }

    /// <summary>Checks one promise; null when it is not open (any more) or not due yet.</summary>
    public async Task<PromiseStatus?> CheckAsync(int promiseId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var p = await db.PaymentPromises.AsNoTracking().Where(x => x.Id == promiseId).Select(x => new
        {
            x.Status, x.InvoiceId, x.DebtorId, x.AmountCents, x.PromisedOn, x.CreatedAt, x.RecordedBy,
            Creditor = x.Invoice!.Creditor!.Name, x.Invoice.Number, x.Invoice.OpenCents, x.Invoice.Debtor!.Email,
        }).SingleOrDefaultAsync(ct);
        if (p is null || p.Status != PromiseStatus.Open || checks.CheckMoment(p.PromisedOn, p.Creditor) > now) return null;

        var paid = await checks.PaidSinceAsync(p.InvoiceId, p.CreatedAt, ct);
        var status = paid >= p.AmountCents || p.OpenCents <= 0 ? PromiseStatus.Kept : paid > 0 ? PromiseStatus.PartlyPaid : PromiseStatus.Broken;
        var language = await db.AgreementSummaries.Where(s => s.PaymentPromiseId == promiseId).Select(s => s.Language).FirstOrDefaultAsync(ct) ?? "nl";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.PaymentPromises.Where(x => x.Id == promiseId && x.Status == PromiseStatus.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, status), ct);
        if (changed == 0) return null;
        if (status == PromiseStatus.Kept && EmailAddresses.IsValid(p.Email))
        {
            db.AgreementSummaries.Add(new AgreementSummary
            {
                Kind = SummaryKind.ThankYou, PaymentPromiseId = promiseId, Email = p.Email, Language = language,
                State = SummaryState.Queued, QueuedAt = now.UtcDateTime,
            });
        }
        else if (status != PromiseStatus.Kept)
        {
            var checkDay = checks.CheckDay(p.PromisedOn, p.Creditor);
            var values = new Dictionary<string, string>
            {
                ["amount"] = Money.Format(p.AmountCents, Locales.Dutch),
                ["paid"] = Money.Format(paid, Locales.OfLanguage(language)),
                ["missing"] = Money.Format(p.AmountCents - paid, Locales.OfLanguage(language)),
                ["invoiceNumber"] = p.Number,
                ["creditor"] = p.Creditor,
                ["date"] = p.PromisedOn.ToString("dddd d MMMM yyyy", Locales.Culture(Locales.OfLanguage(language))),
                ["checkDay"] = checkDay.ToString("dddd d MMMM yyyy", Locales.Culture(Locales.Dutch)),
            };
            var reason = status == PromiseStatus.Broken ? CallbackReasons.BrokenPromise : CallbackReasons.PartlyPaid;
            var (context, opening) = texts.Render(reason, language, values);
            db.CallbackTasks.Add(new CallbackTask
            {
                SourceKey = $"promise:{promiseId}", Reason = reason, DueAt = window.NextAllowed(now).UtcDateTime, CreatedAt = now.UtcDateTime,
                DebtorId = p.DebtorId, InvoiceNumber = p.Number, Language = language, Context = context, OpeningLine = opening,
                ConversationKey = AgreementChecks.ChatOf(p.RecordedBy),
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return status;
    }
}
