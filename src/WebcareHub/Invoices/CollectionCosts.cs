namespace WebcareHub.Invoices;

/// <summary>
/// The statutory maximum of extrajudicial collection costs for consumers (WIK, Besluit vergoeding voor
/// buitengerechtelijke incassokosten): a sliding scale over the principal, at least € 40, at most € 6,775.
/// </summary>
public static class CollectionCosts
{
    private static readonly (long UpToCents, decimal Rate)[] Scale =
    [
        (2_500_00, 0.15m),
        (5_000_00, 0.10m),
        (10_000_00, 0.05m),
        (200_000_00, 0.01m),
        (long.MaxValue, 0.005m),
    ];

    public const long MinimumCents = 40_00;
    public const long MaximumCents = 6_775_00;

    public static long MaximumFor(long principalCents)
    {
        if (principalCents <= 0) return 0;
        decimal total = 0;
        long lower = 0;
        foreach (var (upTo, rate) in Scale)
        {
            if (principalCents <= lower) break;
            total += (Math.Min(principalCents, upTo) - lower) * rate;
            lower = upTo;
        }
        var cents = (long)Math.Round(total, MidpointRounding.AwayFromZero);
        return Math.Clamp(cents, MinimumCents, MaximumCents);
    }

    /// <summary>
    /// Costs may be charged only when the 14-day term after the day after receipt of the free reminder has
    /// passed; before that, or without such a reminder, they are zero.
    /// </summary>
    public static bool MayBeCharged(DateOnly? reminderReceivedOn, DateOnly today) =>
        reminderReceivedOn is { } received && today > received.AddDays(14); // days R+1 … R+14 are the term
}
