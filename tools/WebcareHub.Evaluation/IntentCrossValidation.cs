using System.Globalization;
using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>
/// Five-fold cross-validation of the intent model on its own examples, to choose the model and the decision
/// thresholds without touching an evaluation set. With development files given, only the examples that came
/// from them (customers' own wording, folded in from blind rounds) are scored, so the figures resemble real
/// traffic rather than the short phrases written for the intents; every example still takes part in training.
/// </summary>
public static class IntentCrossValidation
{
    private const int Folds = 5;

    public static int Run(string[] devFiles)
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var examples = IntentExamples.Read(Path.Combine(dialogs, "understanding", "intents.yaml"), Path.Combine(dialogs, "faq"));
        var scored = devFiles.Length == 0
            ? null
            : devFiles.SelectMany(UnderstandingReport.Read).Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
        var results = new List<(string Expected, IntentScores Got)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = examples.Where((_, i) => i % Folds != fold).ToList();
            var classifier = new IntentClassifier(train);
            foreach (var (intent, text) in examples.Where((_, i) => i % Folds == fold))
                if (scored is null || scored.Contains(text)) results.Add((intent, classifier.Classify(text)));
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{results.Count} examples scored out of fold; accuracy {Share(results, r => r.Got.Best == r.Expected):P1}"));
        foreach (var confusion in results.Where(r => r.Got.Best != r.Expected).GroupBy(r => $"{r.Expected} -> {r.Got.Best}").OrderByDescending(g => g.Count()).Take(12))
            Console.WriteLine(string.Create(inv, $"  {confusion.Key,-55} {confusion.Count()}"));
        Console.WriteLine("threshold clarifyBelow clarifyMargin   wrong start   asked   right-or-asked");
        foreach (var below in new[] { 0.35, 0.45, 0.5, 0.55, 0.6, 0.65 })
            foreach (var margin in new[] { 0.12, 0.2, 0.25, 0.3, 0.4 })
            {
                var settings = new IntentSettings(0.2, below, margin);
                var readings = results.Select(r => (r.Expected, Reading: Reading.OfIntents(r.Got, settings))).ToList();
                var wrong = Share(readings, r => r.Reading.Kind == ReadingKind.Intent && r.Reading.Intent != r.Expected);
                var asked = Share(readings, r => r.Reading.Kind == ReadingKind.Clarify);
                var right = Share(readings, r => r.Reading.Kind switch
                {
                    ReadingKind.Intent => r.Reading.Intent == r.Expected,
                    ReadingKind.Clarify => r.Reading.Intent == r.Expected || r.Reading.Alternative == r.Expected,
                    _ => r.Expected == IntentClassifier.Other,
                });
                Console.WriteLine(string.Create(inv, $"{0.2,9} {below,12} {margin,13}   {wrong,11:P1}   {asked,5:P1}   {right,14:P1}"));
            }
        return 0;
    }

    private static double Share<T>(List<T> rows, Func<T, bool> ok) => rows.Count == 0 ? double.NaN : (double)rows.Count(ok) / rows.Count;
}
