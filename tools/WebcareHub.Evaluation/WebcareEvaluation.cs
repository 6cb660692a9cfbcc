using WebcareHub.Webcare;

namespace WebcareHub.Evaluation;

/// <summary>Prints the webcare classifier's figures on a labelled set (see <see cref="WebcareReport"/>).</summary>
public static class WebcareEvaluation
{
    /// <summary><c>webcare-read "text" [followers]</c>: what the classifier reads in one sentence, with its reasons.</summary>
    public static int Read(string[] args)
    {
        var classifier = WebcareReport.DefaultClassifier();
        var found = classifier.Classify(args.ElementAtOrDefault(0) ?? "", int.TryParse(args.ElementAtOrDefault(1), out var f) ? f : null);
        Console.WriteLine($"risk {found.Risk}, sentiment {found.Sentiment}, crisis {found.Crisis}");
        foreach (var reason in found.Reasons) Console.WriteLine($"  {reason}");
        foreach (var pii in found.Pii) Console.WriteLine($"  pii {pii.Kind}: {args[0].Substring(pii.Start, pii.Length)}");
        return 0;
    }

    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? Path.Combine("tests", "WebcareHub.Tests", "Webcare", "HeldOut", "mentions.jsonl");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No set at {path}; run from the repository root or pass the path.");
            return 2;
        }
        var report = new WebcareReport(WebcareReport.Read(path), WebcareReport.DefaultClassifier());
        Console.WriteLine($"== {path}");
        Console.Write(report.Describe());
        // A held-out set must stay blind: its individual mistakes are never printed.
        var blind = path.Contains("heldout", StringComparison.OrdinalIgnoreCase);
        if (args.Contains("--failures") && !blind)
        {
            Console.WriteLine($"== {report.Failures.Count} mentions with a mistake");
            foreach (var failure in report.Failures) Console.WriteLine(failure);
        }
        else if (args.Contains("--failures"))
        {
            Console.WriteLine("(failures are not listed for a held-out set)");
        }
        return 0;
    }

    /// <summary>
    /// <c>sentiment-cv file.jsonl ...</c>: k-fold cross-validation of the sentiment model on development sets: each
    /// fold is read by a model trained on the other folds only. Prints the accuracy overall and per file.
    /// </summary>
    public static int CrossValidateSentiment(string[] args)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count == 0 || files.Any(f => f.Contains("heldout", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine("Give one or more development sets (never a held-out set).");
            return 2;
        }
        var mentions = files.SelectMany(f => WebcareReport.Read(f).Select(m => (Mention: m, File: Path.GetFileName(f)))).ToList();
        const int folds = 5;
        var results = new List<(string File, string Expected, string Found)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = mentions.Where((_, i) => i % folds != fold)
                .Select(m => (Enum.Parse<MentionSentiment>(m.Mention.Sentiment, ignoreCase: true), m.Mention.Text)).ToList();
            var classifier = WebcareReport.DefaultClassifier(new SentimentExamples(training, CacheFolder: null));
            results.AddRange(mentions.Where((_, i) => i % folds == fold).Select(m => (m.File, m.Mention.Sentiment,
                classifier.Classify(m.Mention.Text, m.Mention.AuthorFollowers).Sentiment.ToString().ToLowerInvariant())));
        }
        Console.WriteLine($"{folds}-fold sentiment accuracy on {results.Count} mentions: {Accuracy(results):P1}");
        foreach (var file in results.GroupBy(r => r.File)) Console.WriteLine($"  {file.Key}: {Accuracy([.. file]):P1} of {file.Count()}");
        foreach (var expected in new[] { "negative", "neutral", "positive" })
        {
            int Count(string found) => results.Count(r => r.Expected == expected && r.Found == found);
            Console.WriteLine($"  expected {expected,-8} → negative {Count("negative"),3}, neutral {Count("neutral"),3}, positive {Count("positive"),3}");
        }
        return 0;
    }

    private static double Accuracy(List<(string File, string Expected, string Found)> results) =>
        (double)results.Count(r => r.Expected == r.Found) / results.Count;
}
