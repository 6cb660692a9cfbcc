using WebcareHub.Invoices;

namespace WebcareHub.Tests.Invoices;

public sealed class CollectionCostsTests
{
    [Theory]
    [InlineData(100_00, 40_00)]        // 15 % would be € 15: the minimum of € 40 applies
    [InlineData(266_67, 40_00)]
    [InlineData(1_000_00, 150_00)]
    [InlineData(2_500_00, 375_00)]
    [InlineData(5_000_00, 625_00)]     // 375 + 10 % of 2,500
    [InlineData(10_000_00, 875_00)]    // 625 + 5 % of 5,000
    [InlineData(200_000_00, 2_775_00)] // 875 + 1 % of 190,000
    [InlineData(1_000_000_00, 6_775_00)]
    [InlineData(5_000_000_00, 6_775_00)] // capped
    [InlineData(0, 0)]
    public void MaximumFor_FollowsTheStatutoryScale(long principalCents, long expectedCents) =>
        Assert.Equal(expectedCents, CollectionCosts.MaximumFor(principalCents));

    [Theory]
    [InlineData(null, "2026-12-31", false)]
    [InlineData("2026-11-01", "2026-11-15", false)] // day 14 of the term
    [InlineData("2026-11-01", "2026-11-16", true)]  // the term has passed
    public void MayBeCharged_OnlyAfterFourteenDaysFromTheDayAfterReceipt(string? received, string today, bool expected) =>
        Assert.Equal(expected, CollectionCosts.MayBeCharged(received is null ? null : DateOnly.Parse(received), DateOnly.Parse(today)));
}
