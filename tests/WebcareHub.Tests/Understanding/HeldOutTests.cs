using WebcareHub.Evaluation;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// Keeps the understanding from slipping on the held-out sets in <c>HeldOut/</c>: written before any tuning
/// by authors who never saw the examples or rules, and never copied into <c>dialogs/</c>. Each floor sits just
/// under the figure measured when it was set (README, "Understanding"); raise it when the figure rises.
/// </summary>
public sealed class HeldOutTests
{
    private static readonly string Dialogs = TestUnderstander.Dialogs;


    private static readonly Lazy<UnderstandingReport> Messages = new(() => Report("understanding.jsonl"));
    private static readonly Lazy<UnderstandingReport> Crisis = new(() => Report("crisis.jsonl"));

    private static UnderstandingReport Report(string file) => new(
        UnderstandingReport.Read(Path.Combine(AppContext.BaseDirectory, "Understanding", "HeldOut", file)),
        TestUnderstander.Instance,
        IntentExamples.Settings(Path.Combine(Dialogs, "understanding", "intents.yaml")));

    [Fact]
    public void Sets_AreLargeEnough()
    {
        Assert.True(Messages.Value.Count >= 400);
        Assert.True(Crisis.Value.CrisisPositives >= 60 && Crisis.Value.CrisisNegatives >= 30);
    }

    [Fact]
    public void NoHeldOutSentence_IsAnExample()
    {
        var understanding = Path.Combine(Dialogs, "understanding");
        var crisis = CrisisExamples.Read(Path.Combine(understanding, "crisis-examples.yaml"));
        var examples = IntentExamples.ForIntentModel(Path.Combine(understanding, "intents.yaml"), Path.Combine(Dialogs, "faq"))
            .Select(e => e.Example)
            .Concat(crisis.Signals)
            .Concat(crisis.LookAlikes)
            .Concat(crisis.Replies)
            .Concat(File.ReadLines(Path.Combine(understanding, "distress-examples.tsv")).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t', 2)[^1]))
            .Select(TextNormalizer.Simplify)
            .ToHashSet(StringComparer.Ordinal);
        var copied = new[] { "understanding.jsonl", "crisis.jsonl" }
            .SelectMany(file => UnderstandingReport.Read(Path.Combine(AppContext.BaseDirectory, "Understanding", "HeldOut", file)))
            .Select(m => TextNormalizer.Simplify(m.Text))
            .Where(text => text.Length > 0 && examples.Contains(text))
            .ToList();
        Assert.True(copied.Count == 0, $"{copied.Count} held-out messages are also examples, so they no longer measure anything");
    }

    [Fact]
    public void Intents_StayAboveTheirFloor() => AtLeast(Messages.Value.IntentAccuracy, 0.95, "intent accuracy");

    [Fact]
    public void WrongDialogStarts_StayBelowTheirCeiling() => AtMost(Messages.Value.WrongDialogRate, 0.018, "wrong dialog started");

    /// <summary>Fewer wrong starts must not come from asking everyone.</summary>
    [Fact]
    public void ClarifyingQuestions_StayBelowTheirCeiling() => AtMost(Messages.Value.ClarifyRate, 0.062, "clarifying questions");

    [Fact]
    public void Distress_StaysAboveItsFloor()
    {
        var (recall, precision) = Messages.Value.DistressAny;
        AtLeast(recall, 0.94, "distress recall");
        AtLeast(precision, 0.845, "distress precision");
    }

    [Fact]
    public void Crisis_StaysAboveItsFloor_WithFewFalseAlarms()
    {
        AtLeast(Crisis.Value.CrisisRecall, 0.985, "crisis recall on the crisis set");
        AtMost(Crisis.Value.CrisisFalseAlarms, 0.065, "false alarms on look-alikes");
        AtLeast(Messages.Value.CrisisRecall, 0.99, "crisis recall on the message set");
        AtMost(Messages.Value.CrisisFalseAlarms, 0.009, "false alarms on ordinary messages");
    }

    [Fact]
    public void Dates_StayAboveTheirFloor() => AtLeast(Messages.Value.DateAccuracy, 0.975, "dates");

    /// <summary>A day of paying read where the message names none (a call, opening hours, "goede morgen").</summary>
    [Fact]
    public void DaysReadWhereNoneIsMeant_StayBelowTheirCeiling() => AtMost(Messages.Value.DateInventedRate, 0.03, "a day read where none is meant");

    private static void AtLeast(double measured, double floor, string what) =>
        Assert.True(measured >= floor, $"{what}: {measured:P1}, floor {floor:P1}");

    private static void AtMost(double measured, double ceiling, string what) =>
        Assert.True(measured <= ceiling, $"{what}: {measured:P1}, ceiling {ceiling:P1}");
}
