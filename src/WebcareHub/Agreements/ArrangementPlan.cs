namespace WebcareHub.Agreements;

/// <summary>Paying <see cref="TotalCents"/> in <see cref="Count"/> monthly instalments, and the policy limits it was checked against.</summary>
public sealed record ArrangementPlan(long TotalCents, long InstalmentCents, int Count, DateOnly FirstDueOn, long MinimumCents, int MaxMonths)
{
    public IEnumerable<(DateOnly Due, long Cents)> Schedule() => Enumerable.Range(0, Count)
        .Select(i => (FirstDueOn.AddMonths(i), i < Count - 1 ? InstalmentCents : TotalCents - InstalmentCents * (Count - 1)));
}

/// <summary>What stands for an invoice: the day of an open promise, and an active arrangement (its limits unused).</summary>
public sealed record StandingAgreement(DateOnly? PromisedOn, ArrangementPlan? Arrangement);
