using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class CrisisModelTests
{
    private static readonly string Dialogs = TestUnderstander.Dialogs;

    private static CrisisModel Model() => CrisisModel.Load(Path.Combine(Dialogs, "understanding"),
        Path.Combine(Dialogs, "understanding", "intents.yaml"), Path.Combine(Dialogs, "faq"));

    [Theory]
    [InlineData("na vanavond hoeven jullie mij geen brieven meer te sturen, het is goed zo")]
    public void Wording_NoPhraseFits_StillGetsTheGentleQuestion_NeverTheCrisisAnswerAtOnce(string text)
    {
        var distress = TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30)).Distress;

        Assert.Equal(CrisisSignal.Unsure, distress.Signal);
        Assert.Contains(distress.Reasons, r => r.Contains("learned reader", StringComparison.Ordinal));
    }

    /// <summary>An overlong message is read at its start and its end: a signal at the end is still found, and a pasted
    /// book costs no seconds of reading.</summary>
    [Fact]
    public void OverlongMessage_StillShowsASignalAtItsEnd()
    {
        var text = string.Concat(Enumerable.Repeat("bla bla factuur ", 20_000)) + "ik wil er een eind aan maken";

        var distress = TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30)).Distress;

        Assert.Equal(CrisisSignal.Likely, distress.Signal);
    }

    /// <summary>The learned reader asked here until round 12's examples lowered it to 0.58; a phrase for a way up that
    /// is always open (crisis.yaml) now makes sure the gentle question still comes.</summary>
    [Fact]
    public void RoofNeverLocked_GetsTheGentleQuestion()
    {
        var distress = TestUnderstander.Instance.Understand("het dak van ons appartement is nooit op slot, dat heb ik vanmiddag nagekeken", new DateOnly(2026, 11, 30)).Distress;

        Assert.Equal(CrisisSignal.Unsure, distress.Signal);
    }

    /// <summary>Anger alone (at the company, mostly) no longer lowers the learned reader's threshold; the other feelings do.</summary>
    [Theory]
    [InlineData(new DistressKind[0], false)]
    [InlineData(new[] { DistressKind.Anger }, false)]
    [InlineData(new[] { DistressKind.Anger, DistressKind.Despair }, true)]
    [InlineData(new[] { DistressKind.Fear }, true)]
    [InlineData(new[] { DistressKind.Grief }, true)]
    [InlineData(new[] { DistressKind.Shame }, true)]
    public void OnlyFeelingsOtherThanAnger_LowerTheThreshold(DistressKind[] kinds, bool lowers) =>
        Assert.Equal(lowers, CrisisModel.LowerTheThreshold(kinds.ToHashSet()));

    [Theory]
    [InlineData("ik wil mijn factuur zien")]
    [InlineData("kan ik in drie keer betalen")]
    [InlineData("mijn moeder is vorige maand overleden, kan de betaling later")]
    [InlineData("ik zweer het op mijn leven, ik heb het al betaald")]
    [InlineData("morgen denk ik")]
    [InlineData("binnenkort")]
    [InlineData("het gaat lukken denk ik")]
    // Round 52: a wait and an old address, worded unlike the examples that taught them.
    [InlineData("hoe lang gaat het nog duren?")]
    [InlineData("op dat adres woon ik al sinds de zomer niet meer")]
    [InlineData("bel mij niet meer op mijn werk")]
    public void OrdinaryMessages_StayUnderTheThreshold(string text)
    {
        var model = Model();

        Assert.True(model.Probability(text) < model.Threshold, $"{text}: {model.Probability(text)}");
        Assert.Equal(CrisisSignal.None, TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30)).Distress.Signal);
    }

    /// <summary>Sitting in a train or bus is a commute and is read without those words (round 54: the learned reader
    /// asked on "zit in de trein, straks even"); the rest of the message is still read.</summary>
    [Theory]
    [InlineData("zit in de trein, straks even", CrisisSignal.None)]
    [InlineData("zit nu in de bus, bel je zo terug", CrisisSignal.None)]
    [InlineData("ik zit in de trein en ik stap er niet meer uit", CrisisSignal.Unsure)]
    public void ACommute_IsNoSignal_ButWhatFollowsIsStillRead(string text, CrisisSignal expected) =>
        Assert.Equal(expected, TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30)).Distress.Signal);

    /// <summary>Hedges such as "denk ik" sit in many signals and few requests; everyday replies teach the reader that
    /// they mean nothing on their own.</summary>
    [Fact]
    public void EverydayReplies_TeachThatAHedgeAloneIsNoSignal()
    {
        string[] signals = ["ik wil er niet meer zijn denk ik", "niemand mist me denk ik", "het is beter als ik er niet meer ben denk ik"];
        string[] ordinary = ["ik wil mijn factuur zien", "kan ik in termijnen betalen", $"test {Guid.NewGuid():N}"];
        var without = new CrisisModel(new CrisisExamples { Signals = [.. signals] }, ordinary);
        var with = new CrisisModel(new CrisisExamples { Signals = [.. signals], Replies = ["vrijdag denk ik", "wel goed denk ik", "ja denk ik"] }, ordinary);

        Assert.True(with.Probability("zaterdag denk ik") < without.Probability("zaterdag denk ik") - 0.2,
            $"{with.Probability("zaterdag denk ik")} against {without.Probability("zaterdag denk ik")}");
    }

    [Fact]
    public void TrainedModel_IsCachedByItsExamples_AndReadsTheSameFromTheCache()
    {
        var cache = Directory.CreateTempSubdirectory("crisis-model-").FullName;
        try
        {
            // Examples of this test only (a fresh hash), so no model trained earlier in this process is reused.
            var examples = new CrisisExamples { Signals = ["ik wil er niet meer zijn", "ik maak er een einde aan"], LookAlikes = ["ik ben er klaar mee"] };
            string[] ordinary = ["ik wil mijn factuur zien", "kan ik in termijnen betalen", $"test {Guid.NewGuid():N}"];
            const string text = "ik wil er een einde aan maken";
            var trained = new CrisisModel(examples, ordinary, cache).Probability(text);

            var file = Assert.Single(Directory.GetFiles(cache, "crisis-*.zip"));
            Assert.True(new FileInfo(file).Length > 0);
            Assert.Equal(trained, new CrisisModel(examples, ordinary, cache).Probability(text));
            Assert.True(trained > new CrisisModel(examples, ordinary, cache).Probability("kan ik in delen betalen"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
