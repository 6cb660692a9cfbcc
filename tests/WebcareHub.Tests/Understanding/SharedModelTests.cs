using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// Models built from the same examples share one trained engine (so test hosts and restarts train once). Such an
/// engine is not thread-safe: two instances reading at the same moment must still give each message its own answer.
/// </summary>
public sealed class SharedModelTests
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly string Intents = Path.Combine(Dialogs, "understanding", "intents.yaml");
    private static readonly string Faq = Path.Combine(Dialogs, "faq");

    private static readonly string[] Messages =
    [
        "ik wil iemand spreken", "kan ik in delen betalen", "ik betaal vrijdag", "deze factuur klopt niet",
        "hoe hoog is mijn schuld", "ja", "nee", "wat zijn jullie openingstijden", "ik ben het zat", "bedankt",
    ];

    [Fact]
    public async Task TwoIntentClassifiers_FromTheSameExamples_AnswerAlikeWhenReadingAtOnce()
    {
        var one = IntentClassifier.Load(Intents, Faq);
        var other = IntentClassifier.Load(Intents, Faq);
        var expected = Messages.ToDictionary(m => m, m => one.Classify(m).Best);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 400).Select(i => Messages[(i + worker) % Messages.Length])
                .Select(m => (Message: m, Intent: (worker % 2 == 0 ? one : other).Classify(m).Best)).ToList())));

        Assert.Empty(answers.SelectMany(a => a).Where(a => a.Intent != expected[a.Message]).Distinct());
    }

    [Fact]
    public async Task TwoCrisisModels_FromTheSameExamples_AnswerAlikeWhenReadingAtOnce()
    {
        var one = CrisisModel.Load(Path.Combine(Dialogs, "understanding"), Intents, Faq);
        var other = CrisisModel.Load(Path.Combine(Dialogs, "understanding"), Intents, Faq);
        var expected = Messages.ToDictionary(m => m, one.Probability);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 400).Select(i => Messages[(i + worker) % Messages.Length])
                .Select(m => (Message: m, Probability: (worker % 2 == 0 ? one : other).Probability(m))).ToList())));

        Assert.Empty(answers.SelectMany(a => a).Where(a => a.Probability != expected[a.Message]).Distinct());
    }
}
