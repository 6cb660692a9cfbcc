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
}
