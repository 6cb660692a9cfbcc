using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;
using WebcareHub.Understanding;

namespace WebcareHub.Agreements;

/// <summary>
/// Instalment plans inside the creditor's policy (minimum instalment, maximum months). Anything outside it
/// is for a person to decide.
/// </summary>
public sealed class PaymentArrangements(WebcareDbContext db, CustomerClock today, TimeProvider clock, IOptions<AgreementOptions> options)
{
    public const string Fits = "fits";
    public const string BelowMinimum = "below-minimum";
    public const string TooLong = "too-long";

    public sealed record Plan(long TotalCents, long InstalmentCents, int Count, DateOnly FirstDueOn, long MinimumCents, int MaxMonths)
    {
        public IEnumerable<(DateOnly Due, long Cents)> Schedule() => Enumerable.Range(0, Count)
            .Select(i => (FirstDueOn.AddMonths(i), i < Count - 1 ? InstalmentCents : TotalCents - InstalmentCents * (Count - 1)));
    }

    public async Task<bool> HasActiveAsync(int invoiceId, CancellationToken ct) =>
        await db.PaymentArrangements.AnyAsync(a => a.InvoiceId == invoiceId && a.Status == ArrangementStatus.Active, ct);

    /// <summary>The plan for paying <paramref name="monthlyCents"/> a month, and whether the policy allows it.</summary>
    public async Task<(string Outcome, Plan Plan)> ProposeAsync(int invoiceId, long monthlyCents, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { Creditor = i.Creditor!.Name, Open = i.OpenCents })
            .SingleAsync(ct);
        var policy = options.Value.For(invoice.Creditor);
        var instalment = Math.Min(monthlyCents, invoice.Open);
        var count = (int)Math.Ceiling((double)invoice.Open / Math.Max(1, instalment));
        var plan = new Plan(invoice.Open, instalment, count, FirstDueOn(), policy.MinimumInstalmentCents, policy.MaxArrangementMonths);
        var outcome = instalment < policy.MinimumInstalmentCents && instalment < invoice.Open ? BelowMinimum
            : count > policy.MaxArrangementMonths ? TooLong
            : Fits;
        return (outcome, plan);
    }

    public async Task RecordAsync(int invoiceId, Plan plan, string recordedBy, CancellationToken ct)
    {
        var debtorId = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.DebtorId).SingleAsync(ct);
        db.PaymentArrangements.Add(new PaymentArrangement
        {
            InvoiceId = invoiceId,
            DebtorId = debtorId,
            TotalCents = plan.TotalCents,
            InstalmentCents = plan.InstalmentCents,
            InstalmentCount = plan.Count,
            FirstDueOn = plan.FirstDueOn,
            Status = ArrangementStatus.Active,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = recordedBy,
        });
        await db.SaveChangesAsync(ct); // before the bot confirms it
    }

    /// <summary>The first of next month, or of the month after when that is less than a week away.</summary>
    private DateOnly FirstDueOn()
    {
        var first = new DateOnly(today.Today.Year, today.Today.Month, 1).AddMonths(1);
        return first.DayNumber - today.Today.DayNumber < 7 ? first.AddMonths(1) : first;
    }
}
