using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Handoff;
using WebcareHub.Invoices;

namespace WebcareHub.FollowUps;

/// <summary>
/// Checks running payment arrangements, as the bot says ("Mis je een termijn? Dan nemen we contact met je op"):
/// each instalment is checked on its day plus the creditor's grace period in business days, as a promise is. All
/// paid → completed; less paid than the instalments checked so far → broken, and a call-back task to talk it
/// through; otherwise it runs on. The status changes only from active, in one transaction with the task, so a
/// check run twice (sweep and retry) does it once.
/// </summary>
public sealed class ArrangementChecker(WebcareDbContext db, ContactWindow window, TimeProvider clock, CallbackTexts texts, AgreementChecks checks)
{
    /// <summary>Checks every active arrangement with an instalment due for checking; returns how many were decided.</summary>
    public async Task<int> CheckDueAsync(CancellationToken ct)
    {
        var today = window.Today(clock.GetUtcNow());
        var active = await db.PaymentArrangements.AsNoTracking()
            .Where(a => a.Status == ArrangementStatus.Active && a.FirstDueOn < today)
            .Select(a => a.Id)
            .ToListAsync(ct);
        var decided = 0;
        foreach (var id in active)
        {
            if (await CheckAsync(id, ct) is not null) decided++;
        }
        return decided;
    }

    /// <summary>Checks one arrangement; null when it is not active (any more) or runs on as agreed.</summary>
    public async Task<ArrangementStatus?> CheckAsync(int arrangementId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var a = await db.PaymentArrangements.AsNoTracking().Where(x => x.Id == arrangementId).Select(x => new
        {
            x.Status, x.InvoiceId, x.DebtorId, x.TotalCents, x.InstalmentCents, x.InstalmentCount, x.FirstDueOn, x.CreatedAt, x.RecordedBy,
            Creditor = x.Invoice!.Creditor!.Name, x.Invoice.Number, x.Invoice.OpenCents,
        }).SingleOrDefaultAsync(ct);
        if (a is null || a.Status != ArrangementStatus.Active) return null;

        var schedule = new ArrangementPlan(a.TotalCents, a.InstalmentCents, a.InstalmentCount, a.FirstDueOn, 0, a.InstalmentCount).Schedule();
        var checkedSoFar = schedule.Where(i => checks.CheckMoment(i.Due, a.Creditor) <= now).ToList();
        var paid = await checks.PaidSinceAsync(a.InvoiceId, a.CreatedAt, ct);
        var due = checkedSoFar.Sum(i => i.Cents);
        ArrangementStatus? status = paid >= a.TotalCents || a.OpenCents <= 0 ? ArrangementStatus.Completed
            : paid < due ? ArrangementStatus.Broken
            : null;
        if (status is null) return null;
        var language = await db.AgreementSummaries.Where(s => s.PaymentArrangementId == arrangementId).Select(s => s.Language).FirstOrDefaultAsync(ct) ?? "nl";

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.PaymentArrangements.Where(x => x.Id == arrangementId && x.Status == ArrangementStatus.Active)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, status.Value), ct);
        if (changed == 0) return null;
        if (status == ArrangementStatus.Broken)
        {
            var missed = checkedSoFar[^1];
            var locale = Locales.OfLanguage(language);
            var values = new Dictionary<string, string>
            {
                ["instalments"] = a.InstalmentCount.ToString(CultureInfo.InvariantCulture),
                ["instalment"] = Money.Format(a.InstalmentCents, locale),
                ["paid"] = Money.Format(paid, locale),
                ["due"] = Money.Format(due, locale),
                ["missing"] = Money.Format(due - paid, locale),
                ["invoiceNumber"] = a.Number,
                ["creditor"] = a.Creditor,
                ["date"] = missed.Due.ToString("dddd d MMMM yyyy", Locales.Culture(locale)),
            };
            var (context, opening) = texts.Render(CallbackReasons.MissedInstalment, language, values);
            db.CallbackTasks.Add(new CallbackTask
            {
                SourceKey = $"arrangement:{arrangementId}", Reason = CallbackReasons.MissedInstalment, DueAt = window.NextAllowed(now).UtcDateTime,
                CreatedAt = now.UtcDateTime, DebtorId = a.DebtorId, InvoiceNumber = a.Number, Language = language, Context = context, OpeningLine = opening,
                ConversationKey = AgreementChecks.ChatOf(a.RecordedBy),
            });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return status;
    }
}
