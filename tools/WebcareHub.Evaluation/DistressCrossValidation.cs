using System.Globalization;
using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>
/// Five-fold cross-validation of the learned distress reader on <c>distress-examples.tsv</c>, together with the
/// phrase lists as the bot uses them: any-feeling recall and precision per threshold, to choose
/// <c>learnedThreshold</c> without an evaluation set.
/// </summary>
public static class DistressCrossValidation
{
    private const int Folds = 5;

    public static int Run()
    {
        var understanding = Path.Combine(AppContext.BaseDirectory, "dialogs", "understanding");
        var examples = DistressModel.ReadExamples(Path.Combine(understanding, "distress-examples.tsv"));
        var labelledTexts = examples.Select(e => TextNormalizer.Simplify(e.Text)).ToHashSet(StringComparer.Ordinal);
        var ordinary = IntentExamples.Read(Path.Combine(understanding, "intents.yaml"), Path.Combine(AppContext.BaseDirectory, "dialogs", "faq"))
            .Select(e => e.Example)
            // Never a labelled message as "no feeling" when its fold is left out.
            .Where(t => !labelledTexts.Contains(TextNormalizer.Simplify(t)))
            .ToList();
        var phrases = new DistressDetector(Path.Combine(understanding, "crisis.yaml"), Path.Combine(understanding, "distress.yaml"));
        var thresholds = new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01 };
        var counts = thresholds.ToDictionary(t => t, _ => (Labelled: 0, Found: 0, Read: 0, Right: 0));
        for (var fold = 0; fold < Folds; fold++)
        {
            var f = fold;
            var model = new DistressModel(examples.Where((_, i) => i % Folds != f), threshold: 0.3, ordinary);
            foreach (var (kinds, text) in examples.Where((_, i) => i % Folds == f))
            {
                var labelled = kinds != "-";
                var byPhrase = phrases.Detect(text).Kinds.Count > 0;
                var learned = model.Read(text);
                foreach (var t in thresholds)
                {
                    var read = byPhrase || learned.Any(k => k.Probability >= t);
                    var c = counts[t];
                    counts[t] = (c.Labelled + (labelled ? 1 : 0), c.Found + (labelled && read ? 1 : 0), c.Read + (read ? 1 : 0), c.Right + (read && labelled ? 1 : 0));
                }
            }
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{examples.Count} messages scored out of fold (phrases plus the learned reader; 1.01 = phrases alone)");
        Console.WriteLine("threshold   recall   precision");
        foreach (var t in thresholds)
        {
            var c = counts[t];
            Console.WriteLine(string.Create(inv, $"{t,9}   {(double)c.Found / c.Labelled,6:P1}   {(double)c.Right / c.Read,9:P1}"));
        }
        return 0;
    }
}
