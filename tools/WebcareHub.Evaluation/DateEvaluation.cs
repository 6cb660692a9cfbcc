using System.Text.Json;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Evaluation;

/// <summary>
/// Scores the date recogniser with the scoring rules of the case file's README: "exact" cases must match the
/// day or both ends of the period, "end" cases only the last day.
/// </summary>
public static class DateEvaluation
{
    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? Path.GetFullPath(Path.Combine("..", "shared", "testdata", "dutch-dates", "cases.jsonl"));
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No case file at {path}. Pass its path as the first argument.");
            return 2;
        }
        var showFailures = args.Contains("--failures");
        var results = new List<(string Category, bool Ok)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement;
            var input = c.GetProperty("input").GetString()!;
            var today = DateOnly.Parse(c.GetProperty("reference").GetString()!);
            var expected = c.GetProperty("expected");
            var endOnly = c.GetProperty("match").GetString() == "end";
            var found = DateRecognizer.Recognize(input, today);
            var ok = found is { NamesADay: true } && (endOnly
                ? found.End == DateOnly.Parse(expected.GetProperty("end").GetString()!)
                : expected.ValueKind == JsonValueKind.String
                    ? found.Kind is DateMentionKind.Day or DateMentionKind.Past && found.Start == DateOnly.Parse(expected.GetString()!)
                    : found.Kind == DateMentionKind.Period
                      && found.Start == DateOnly.Parse(expected.GetProperty("start").GetString()!)
                      && found.End == DateOnly.Parse(expected.GetProperty("end").GetString()!));
            results.Add((c.GetProperty("category").GetString()!, ok));
            if (!ok && showFailures)
                Console.WriteLine($"MISS [{c.GetProperty("category").GetString()}] \"{input}\" today {today:yyyy-MM-dd}: expected {expected}, got {found?.Kind}");
        }
        Console.WriteLine($"Date recogniser on {Path.GetFileName(path)}: {results.Count(r => r.Ok)}/{results.Count} = {Percent(results.Count(r => r.Ok), results.Count)}");
        foreach (var group in results.GroupBy(r => r.Category).OrderBy(g => g.Key))
            Console.WriteLine($"  {group.Key,-26} {group.Count(r => r.Ok),3}/{group.Count(),-3} {Percent(group.Count(r => r.Ok), group.Count())}");
        return 0;
    }

    public static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F1} %";
}
