using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>Prints the understanding figures on the held-out sets (see <see cref="UnderstandingReport"/>).</summary>
public static class UnderstandingEvaluation
{
    public static int Run(string[] args)
    {
        var failures = args.Contains("--failures");
        args = [.. args.Where(a => a != "--failures")];
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
        var understander = Understander.Load(dialogs);
        Console.WriteLine($"Models loaded and trained in {started.ElapsedMilliseconds} ms");
        var settings = IntentExamples.Settings(intentsPath);

        Console.WriteLine($"== {messages}");
        var messageReport = new UnderstandingReport(UnderstandingReport.Read(messages), understander, settings);
        Console.Write(messageReport.Describe(withConfusion: true));
        Console.WriteLine($"== {crisis}");
        var crisisReport = new UnderstandingReport(UnderstandingReport.Read(crisis), understander, settings);
        Console.WriteLine($"Crisis: recall {crisisReport.CrisisRecall:P1} of {crisisReport.CrisisPositives} (answered at once {crisisReport.CrisisLikelyRecall:P1}), false alarms on look-alikes {crisisReport.CrisisFalseAlarms:P1} of {crisisReport.CrisisNegatives}");
        var (closeSignals, closeLookAlikes) = crisisReport.AboutSomeoneClose;
        Console.WriteLine($"Crisis told of someone close (answer for a worried relative): {closeSignals} signals, {closeLookAlikes} look-alikes asked");
        if (crisisReport.SomeoneCloseLabelled is var (relatives, noticed, relativeAnswer, own, ownAsRelative))
            Console.WriteLine($"  labelled: relatives' reports noticed {noticed} of {relatives}, given the relative's answer {relativeAnswer}; own signals given the relative's answer {ownAsRelative} of {own}");
        var (byPhrases, byLearned) = crisisReport.CrisisFalseAlarmSources;
        Console.WriteLine($"  false alarms raised by the phrase lists {byPhrases}, by the learned reader alone {byLearned}");
        if (failures)
        {
            // Never the held-out sets' sentences: whoever reads them would tune on them.
            Console.WriteLine("== misread (development sets only; held-out sets are left out)");
            var reports = new[] { (messages, messageReport), (crisis, crisisReport) };
            foreach (var (_, report) in reports.Where(r => !IsHeldOut(r.Item1)))
                foreach (var line in report.Failures()) Console.WriteLine(line);
        }
        return 0;
    }

    private static bool IsHeldOut(string path) =>
        Path.GetFullPath(path).Contains($"{Path.DirectorySeparatorChar}HeldOut{Path.DirectorySeparatorChar}", StringComparison.OrdinalIgnoreCase);
}
