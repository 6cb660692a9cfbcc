using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>Prints the understanding figures on the held-out sets (see <see cref="UnderstandingReport"/>).</summary>
public static class UnderstandingEvaluation
{
    public static int Run(string[] args)
    {
        var heldOut = Path.Combine("tests", "WebcareHub.Tests", "Understanding", "HeldOut");
        var messages = args.ElementAtOrDefault(0) ?? Path.Combine(heldOut, "understanding.jsonl");
        var crisis = args.ElementAtOrDefault(1) ?? Path.Combine(heldOut, "crisis.jsonl");
        foreach (var path in new[] { messages, crisis })
        {
            if (File.Exists(path)) continue;
            Console.Error.WriteLine($"No set at {path}; run from the repository root or pass the paths.");
            return 2;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var intentsPath = Path.Combine(dialogs, "understanding", "intents.yaml");
        var understander = new Understander(
            IntentClassifier.Load(intentsPath, Path.Combine(dialogs, "faq")),
            DistressDetector.Load(Path.Combine(dialogs, "understanding")));
        Console.WriteLine($"Models loaded and trained in {started.ElapsedMilliseconds} ms");
        var settings = IntentExamples.Settings(intentsPath);

        Console.WriteLine($"== {messages}");
        Console.Write(new UnderstandingReport(UnderstandingReport.Read(messages), understander, settings).Describe(withConfusion: true));
        Console.WriteLine($"== {crisis}");
        var crisisReport = new UnderstandingReport(UnderstandingReport.Read(crisis), understander, settings);
        Console.WriteLine($"Crisis: recall {crisisReport.CrisisRecall:P1} of {crisisReport.CrisisPositives} (answered at once {crisisReport.CrisisLikelyRecall:P1}), false alarms on look-alikes {crisisReport.CrisisFalseAlarms:P1} of {crisisReport.CrisisNegatives}");
        return 0;
    }
}
