using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Agreements;
using WebcareHub.Data;

namespace WebcareHub.FollowUps;

/// <summary>
/// What the promise and arrangement checks share: when a day agreed for a creditor's invoice is checked (the day
/// plus the creditor's grace period in business days, at the check time), what came in since an agreement was
/// made, and which chat a call-back about it belongs to.
/// </summary>
public sealed class AgreementChecks(WebcareDbContext db, ContactWindow window, IOptions<AgreementOptions> agreements, IOptions<FollowUpOptions> options)
{
    private readonly TimeOnly _checkTime = TimeOnly.Parse(options.Value.PromiseCheckTime, CultureInfo.InvariantCulture);

    /// <summary>The last day a payment for <paramref name="day"/> may take to come in.</summary>
    public DateOnly CheckDay(DateOnly day, string creditor) => window.AddContactDays(day, agreements.Value.For(creditor).PromiseGraceBusinessDays);

    /// <summary>When what was due on <paramref name="day"/> is checked.</summary>
    public DateTimeOffset CheckMoment(DateOnly day, string creditor) => window.Moment(CheckDay(day, creditor), _checkTime);

    /// <summary>What was paid on the invoice from the day the agreement was made.</summary>
    public async Task<long> PaidSinceAsync(int invoiceId, DateTime madeAt, CancellationToken ct)
    {
        var since = window.Today(new DateTimeOffset(madeAt, TimeSpan.Zero));
        return await db.Payments.Where(x => x.InvoiceId == invoiceId && x.ReceivedOn >= since).SumAsync(x => (long?)x.AmountCents, ct) ?? 0;
    }

    /// <summary>The chat an agreement was made in, for the call-back task; none when an agent recorded it.</summary>
    public static string? ChatOf(string recordedBy) => recordedBy.StartsWith("agent:", StringComparison.Ordinal) ? null : recordedBy;
}
