namespace WebcareHub.Agreements;

/// <summary>Paying <see cref="TotalCents"/> in <see cref="Count"/> monthly instalments, and the policy limits it was checked against.</summary>
public sealed record ArrangementPlan(long TotalCents, long InstalmentCents, int Count, DateOnly FirstDueOn, long MinimumCents, int MaxMonths)
{
    public IEnumerable<(DateOnly Due, long Cents)> Schedule() => Enumerable.Range(0, Count)
        .Select(i => (FirstDueOn.AddMonths(i), i < Count - 1 ? InstalmentCents : TotalCents - InstalmentCents * (Count - 1)));

    /// <summary>
    /// The instalments still to pay when <paramref name="openCents"/> of the total is open: what was paid counts
    /// against the earliest instalments first (one paid in part shows what is left of it).
    /// </summary>
    public IEnumerable<(DateOnly Due, long Cents)> Remaining(long openCents)
    {
        var paid = Math.Max(0, TotalCents - Math.Max(0, openCents));
        foreach (var (due, cents) in Schedule())
        {
            var covered = Math.Min(paid, cents);
            paid -= covered;
            if (cents - covered > 0) yield return (due, cents - covered);
        }
    }
}

/// <summary>
/// What stands for an invoice: the day of an open promise (and whether it has passed while the promise still stands: the
/// check runs after a grace period), and an active arrangement's instalments still to pay after what came in.
/// </summary>
public sealed record StandingAgreement(DateOnly? PromisedOn, IReadOnlyList<(DateOnly Due, long Cents)>? ArrangementStillToPay, bool PromiseDayPassed);
