using System.Text.Json;
using WebcareHub.Understanding.Dates;

// Scores the date recogniser on an external case file (by default the Recognizers-Text Dutch cases kept in
// the workplace's shared/testdata, never copied here), with the scoring rules of that file's README:
// "exact" cases must match the day or both ends of the period, "end" cases only the last day.
// Run: dotnet run --project tools/WebcareHub.Evaluation -- [path/to/cases.jsonl] [--failures]
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
    var ok = found is { IsUsable: true } && (endOnly
        ? found.End == DateOnly.Parse(expected.GetProperty("end").GetString()!)
        : expected.ValueKind == JsonValueKind.String
            ? found.Kind == DateMentionKind.Day && found.Start == DateOnly.Parse(expected.GetString()!)
            : found.Kind == DateMentionKind.Period
              && found.Start == DateOnly.Parse(expected.GetProperty("start").GetString()!)
              && found.End == DateOnly.Parse(expected.GetProperty("end").GetString()!));
    results.Add((c.GetProperty("category").GetString()!, ok));
    if (!ok && showFailures)
        Console.WriteLine($"MISS [{c.GetProperty("category").GetString()}] \"{input}\" today {today:yyyy-MM-dd}: expected {expected}, got {Describe(found)}");
}

Console.WriteLine($"Date recogniser on {Path.GetFileName(path)}: {results.Count(r => r.Ok)}/{results.Count} = {Percent(results)}");
foreach (var group in results.GroupBy(r => r.Category).OrderBy(g => g.Key))
    Console.WriteLine($"  {group.Key,-26} {group.Count(r => r.Ok),3}/{group.Count(),-3} {Percent(group.ToList())}");
return 0;

static string Percent(IReadOnlyCollection<(string, bool Ok)> rows) => $"{100.0 * rows.Count(r => r.Ok) / rows.Count:F1} %";

static string Describe(DateMention? m) => m switch
{
    null => "nothing",
    { Kind: DateMentionKind.Day } => m.Start.ToString("yyyy-MM-dd"),
    { Kind: DateMentionKind.Period } => $"{m.Start:yyyy-MM-dd}..{m.End:yyyy-MM-dd}",
    { Kind: DateMentionKind.Ambiguous } => "ambiguous " + string.Join(" / ", m.Alternatives.Select(a => a.ToString("yyyy-MM-dd"))),
    _ => m.Kind.ToString(),
};
