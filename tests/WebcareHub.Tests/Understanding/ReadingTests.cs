using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class ReadingTests
{
    private static readonly IntentSettings Settings = new(Threshold: 0.2, ClarifyBelow: 0.45, ClarifyMargin: 0.12);

    private static MessageUnderstanding With(params (string, double)[] ranked) =>
        new(new IntentScores(ranked), new Entities(null, null, null, null), Distress.None);

    [Fact]
    public void Of_StartsTheBestIntent_WhenItIsClear() =>
        Assert.Equal(new Reading(ReadingKind.Intent, "promise_to_pay"), Reading.Of(With(("promise_to_pay", 0.8), ("payment_arrangement", 0.1)), Settings));

    [Fact]
    public void Of_AsksWhichIsMeant_WhenTheTwoLikeliestAreClose() =>
        Assert.Equal(new Reading(ReadingKind.Clarify, "promise_to_pay", "payment_arrangement"),
            Reading.Of(With(("promise_to_pay", 0.5), ("payment_arrangement", 0.42)), Settings));

    [Fact]
    public void Of_AsksWhichIsMeant_WhenTheBestIsWeak() =>
        Assert.Equal(ReadingKind.Clarify, Reading.Of(With(("dispute", 0.4), ("faq.interest_legal", 0.21)), Settings).Kind);

    [Fact]
    public void Of_ChecksTheOneReading_WhenOnlySmallTalkStandsBesideAWeakBest() =>
        Assert.Equal(new Reading(ReadingKind.Clarify, "invoice_lookup", "other"), Reading.Of(With(("invoice_lookup", 0.4), ("greeting", 0.39)), Settings));

    [Fact]
    public void Of_ChecksTheOneReading_WhenTheSecondIsTooWeakToOffer() =>
        Assert.Equal(new Reading(ReadingKind.Clarify, "dispute", "other"), Reading.Of(With(("dispute", 0.4), ("faq.interest_legal", 0.15)), Settings));

    [Fact]
    public void Of_StartsSmallTalk_WithoutAsking() =>
        Assert.Equal(new Reading(ReadingKind.Intent, "greeting"), Reading.Of(With(("greeting", 0.4), ("invoice_lookup", 0.39)), Settings));

    [Fact]
    public void Of_SaysNotUnderstood_BelowTheThreshold() =>
        Assert.Equal(ReadingKind.NotUnderstood, Reading.Of(With(("dispute", 0.15), ("other", 0.1)), Settings).Kind);

    [Fact]
    public void Of_PutsACrisisBeforeAnyIntent()
    {
        var crisis = new MessageUnderstanding(new IntentScores([("promise_to_pay", 0.9)]), new Entities(null, null, null, null),
            new Distress(new HashSet<DistressKind> { DistressKind.Despair }, CrisisSignal.Unsure, []));

        Assert.Equal(ReadingKind.CrisisCheck, Reading.Of(crisis, Settings).Kind);
    }
}
