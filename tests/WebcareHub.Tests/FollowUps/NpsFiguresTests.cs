using WebcareHub.FollowUps;

namespace WebcareHub.Tests.FollowUps;

/// <summary>NPS against figures computed by hand: % promoters (9–10) minus % detractors (0–6), whole points.</summary>
public sealed class NpsFiguresTests
{
    [Fact]
    public void Of_GivesMinus15_For10PercentPromotersAnd25PercentDetractors()
    {
        // 20 answers: 2 promoters (10 %), 13 passives, 5 detractors (25 %): 10 − 25 = −15.
        int[] scores = [9, 10, 7, 7, 8, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 0, 3, 5, 6, 6];

        Assert.Equal(new NpsFigures(2, 13, 5, 20, -15), NpsFigures.Of(scores));
    }

    [Fact]
    public void Of_HasNoNps_WhenNobodyAnswered()
    {
        Assert.Equal(new NpsFigures(0, 0, 0, 0, null), NpsFigures.Of([]));
    }

    [Theory]
    [InlineData(new[] { 9, 10, 10 }, 100)]
    [InlineData(new[] { 0, 6, 3 }, -100)]
    [InlineData(new[] { 7, 8 }, 0)]
    [InlineData(new[] { 10, 7, 7 }, 33)] // 33.3
    [InlineData(new[] { 10, 10, 7 }, 67)] // 66.7
    [InlineData(new[] { 0, 9, 9, 7, 7, 7, 7, 7 }, 13)] // 12.5 rounds away from zero
    [InlineData(new[] { 0, 0, 9, 7, 7, 7, 7, 7 }, -13)] // −12.5
    public void Of_RoundsToWholePoints(int[] scores, int nps)
    {
        Assert.Equal(nps, NpsFigures.Of(scores).Nps);
    }

    [Fact]
    public void Of_RefusesAScoreOutsideZeroToTen()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NpsFigures.Of([11]));
    }
}
