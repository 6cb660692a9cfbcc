using System.Diagnostics;
using System.Text.Json;
using WebcareHub.Understanding;

namespace WebcareHub.Benchmarks;

/// <summary>
/// The understanding of one message in process (entities, intent model, distress and crisis models), on the
/// held-out messages so the texts are realistic, and the time to train the intent model.
/// </summary>
public static class UnderstandingBench
{
    public static IEnumerable<string> Run()
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var clock = Stopwatch.StartNew();
        var understander = Understander.Load(dialogs);
        var trained = clock.Elapsed;
        var texts = File.ReadLines(FindHeldOut())
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var today = new DateOnly(2026, 11, 30);
        foreach (var text in texts) understander.Understand(text, today); // warm up
        var samples = new List<TimeSpan>();
        for (var round = 0; round < 5; round++)
        {
            foreach (var text in texts)
            {
                var one = Stopwatch.StartNew();
                understander.Understand(text, today);
                samples.Add(one.Elapsed);
            }
        }
        yield return $"| intent and crisis models trained from their examples (in process, first use) | {trained.TotalSeconds:F1} s |";
        yield return $"| understanding one message (entities, intent, distress, crisis), {samples.Count} held-out messages | {Percentiles(samples)} |";
    }

    private static string FindHeldOut()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "WebcareHub.Tests", "Understanding", "HeldOut", "understanding.jsonl");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("tests/WebcareHub.Tests/Understanding/HeldOut/understanding.jsonl not found above the benchmark");
    }

    private static string Percentiles(List<TimeSpan> samples)
    {
        var ms = samples.Select(s => s.TotalMilliseconds).Order().ToArray();
        double At(double p) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(p * ms.Length) - 1)];
        return $"p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms";
    }
}
