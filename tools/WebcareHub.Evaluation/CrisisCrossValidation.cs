using System.Globalization;
using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>
/// Five-fold cross-validation of the learned crisis reader on its own examples (signals, look-alikes, everyday
/// replies, and the intent examples as ordinary messages, all folded): how many of each a threshold would ask
/// about, to choose the thresholds without an evaluation set. The phrase lists are left out: this is the learned
/// reader alone.
/// </summary>
public static class CrisisCrossValidation
{
    private const int Folds = 5;

    public static int Run()
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var understanding = Path.Combine(dialogs, "understanding");
        var examples = CrisisExamples.Read(Path.Combine(understanding, "crisis-examples.yaml"));
        var ordinary = IntentExamples.Read(Path.Combine(understanding, "intents.yaml"), Path.Combine(dialogs, "faq")).Select(e => e.Example).ToList();
        var signals = new List<double>();
        var lookAlikes = new List<double>();
        var ordinaryScores = new List<double>();
        var replies = new List<double>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var f = fold;
            var train = new CrisisExamples
            {
                Signals = [.. examples.Signals.Where((_, i) => i % Folds != f)],
                LookAlikes = [.. examples.LookAlikes.Where((_, i) => i % Folds != f)],
                Replies = [.. examples.Replies.Where((_, i) => i % Folds != f)],
            };
            var model = new CrisisModel(train, ordinary.Where((_, i) => i % Folds != f));
            signals.AddRange(examples.Signals.Where((_, i) => i % Folds == f).Select(model.Probability));
            lookAlikes.AddRange(examples.LookAlikes.Where((_, i) => i % Folds == f).Select(model.Probability));
            ordinaryScores.AddRange(ordinary.Where((_, i) => i % Folds == f).Select(model.Probability));
            replies.AddRange(examples.Replies.Where((_, i) => i % Folds == f).Select(model.Probability));
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{signals.Count} signals, {lookAlikes.Count} look-alikes, {ordinaryScores.Count} ordinary messages and {replies.Count} everyday replies scored out of fold (learned reader alone)"));
        Console.WriteLine("threshold   signals asked   look-alikes asked   ordinary asked   replies asked");
        foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9 })
        {
            Console.WriteLine(string.Create(inv,
                $"{threshold,9}   {Asked(signals, threshold),13:P1}   {Asked(lookAlikes, threshold),17:P1}   {Asked(ordinaryScores, threshold),14:P1}   {Asked(replies, threshold),13:P1}"));
        }
        return 0;
    }

    private static double Asked(List<double> scores, double threshold) =>
        scores.Count == 0 ? 0 : scores.Count(p => p >= threshold) / (double)scores.Count;
}
