using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WebcareHub.Understanding;
using WebcareHub.Webcare;

namespace WebcareHub.Evaluation;

/// <summary>One labelled public mention: what a person expects the classifier to read.</summary>
public sealed record LabelledMention(
    string Text, string Platform, int? AuthorFollowers, string Risk, IReadOnlyList<string> RiskReasons, IReadOnlyList<string> Pii,
    string Sentiment, bool Crisis);

/// <summary>
/// Scores the webcare classifier on a labelled set: PII recall and precision per kind (per mention and kind),
/// high-risk recall, risk accuracy, sentiment accuracy and how possible crisis signals were handled. Prints
/// aggregates only, so a blind set stays blind; failures are listed only on request and never for a held-out set.
/// </summary>
public sealed class WebcareReport
{
    public WebcareReport(IReadOnlyList<LabelledMention> items, MentionClassifier classifier)
    {
        Count = items.Count;
        foreach (var item in items)
        {
            var found = classifier.Classify(item.Text, item.AuthorFollowers);
            var predicted = found.PiiKinds.ToHashSet();
            foreach (var kind in item.Pii.Union(predicted))
            {
                var (tp, fn, fp) = PiiCounts.GetValueOrDefault(kind);
                var expected = item.Pii.Contains(kind);
                PiiCounts[kind] = (tp + (expected && predicted.Contains(kind) ? 1 : 0), fn + (expected && !predicted.Contains(kind) ? 1 : 0),
                    fp + (!expected && predicted.Contains(kind) ? 1 : 0));
            }
            var risk = found.Risk.ToString().ToLowerInvariant();
            var sentiment = found.Sentiment.ToString().ToLowerInvariant();
            RiskConfusion[(item.Risk, risk)] = RiskConfusion.GetValueOrDefault((item.Risk, risk)) + 1;
            SentimentConfusion[(item.Sentiment, sentiment)] = SentimentConfusion.GetValueOrDefault((item.Sentiment, sentiment)) + 1;
            if (item.Crisis)
            {
                CrisisPositives++;
                if (found.Risk == MentionRisk.High && found.Crisis) CrisisHandled++;
            }
            else if (found.Crisis)
            {
                CrisisFalseAlarms++;
            }
            var wrong = new List<string>();
            if (item.Risk != risk) wrong.Add($"risk {item.Risk}→{risk} ({string.Join("; ", found.Reasons)})");
            if (item.Sentiment != sentiment) wrong.Add($"sentiment {item.Sentiment}→{sentiment}");
            if (!predicted.SetEquals(item.Pii)) wrong.Add($"pii [{string.Join(",", item.Pii)}]→[{string.Join(",", predicted)}]");
            if (item.Crisis != found.Crisis) wrong.Add($"crisis {item.Crisis}→{found.Crisis}");
            if (wrong.Count > 0) Failures.Add($"{item.Text}\n    {string.Join(" | ", wrong)}");
        }
    }

    public int Count { get; }
    public Dictionary<string, (int Tp, int Fn, int Fp)> PiiCounts { get; } = [];
    public Dictionary<(string Expected, string Got), int> RiskConfusion { get; } = [];
    public Dictionary<(string Expected, string Got), int> SentimentConfusion { get; } = [];
    public int CrisisPositives { get; private set; }
    public int CrisisHandled { get; private set; }
    public int CrisisFalseAlarms { get; private set; }
    public List<string> Failures { get; } = [];

    public double PiiRecall => Ratio(PiiCounts.Values.Sum(c => c.Tp), PiiCounts.Values.Sum(c => c.Tp + c.Fn));
    public double PiiPrecision => Ratio(PiiCounts.Values.Sum(c => c.Tp), PiiCounts.Values.Sum(c => c.Tp + c.Fp));
    public int HighExpected => RiskConfusion.Where(c => c.Key.Expected == "high").Sum(c => c.Value);
    public double HighRecall => Ratio(RiskConfusion.GetValueOrDefault(("high", "high")), HighExpected);
    public double HighPrecision => Ratio(RiskConfusion.GetValueOrDefault(("high", "high")), RiskConfusion.Where(c => c.Key.Got == "high").Sum(c => c.Value));
    public double RiskAccuracy => Ratio(RiskConfusion.Where(c => c.Key.Expected == c.Key.Got).Sum(c => c.Value), Count);
    public double SentimentAccuracy => Ratio(SentimentConfusion.Where(c => c.Key.Expected == c.Key.Got).Sum(c => c.Value), Count);
    public double CrisisHandledRate => CrisisPositives == 0 ? 1 : Ratio(CrisisHandled, CrisisPositives);

    public string Describe()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Mentions: {Count}");
        text.AppendLine(c, $"PII: recall {PiiRecall:P1}, precision {PiiPrecision:P1} (per mention and kind)");
        foreach (var (kind, (tp, fn, fp)) in PiiCounts.OrderBy(k => k.Key, StringComparer.Ordinal))
            text.AppendLine(c, $"  {kind,-15} recall {Ratio(tp, tp + fn),7:P1} of {tp + fn,3}   precision {Ratio(tp, tp + fp),7:P1} of {tp + fp,3}");
        text.AppendLine(c, $"High risk: recall {HighRecall:P1} of {HighExpected}, precision {HighPrecision:P1}");
        text.AppendLine(c, $"Risk accuracy: {RiskAccuracy:P1}");
        foreach (var expected in new[] { "high", "medium", "low" })
            text.AppendLine(c, $"  expected {expected,-6} → high {RiskConfusion.GetValueOrDefault((expected, "high")),3}, medium {RiskConfusion.GetValueOrDefault((expected, "medium")),3}, low {RiskConfusion.GetValueOrDefault((expected, "low")),3}");
        text.AppendLine(c, $"Sentiment accuracy: {SentimentAccuracy:P1}");
        foreach (var expected in new[] { "negative", "neutral", "positive" })
            text.AppendLine(c, $"  expected {expected,-8} → negative {SentimentConfusion.GetValueOrDefault((expected, "negative")),3}, neutral {SentimentConfusion.GetValueOrDefault((expected, "neutral")),3}, positive {SentimentConfusion.GetValueOrDefault((expected, "positive")),3}");
        text.AppendLine(c, $"Crisis: {CrisisHandled} of {CrisisPositives} handled as high with the crisis flag ({CrisisHandledRate:P1}); crisis flag on {CrisisFalseAlarms} other mentions");
        return text.ToString();
    }

    /// <summary>The classifier as the app builds it, from the dialogs folder next to the binaries and default settings.</summary>
    public static MentionClassifier DefaultClassifier(SentimentExamples? sentimentExamples = null)
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var understanding = Path.Combine(dialogs, "understanding");
        return new MentionClassifier(RiskPhrases.Load(dialogs), DistressDetector.Load(understanding),
            CrisisModel.Load(understanding, Path.Combine(understanding, "intents.yaml"), Path.Combine(dialogs, "faq")),
            sentimentExamples ?? SentimentExamples.Load(dialogs, cacheFolder: null), Options.Create(new WebcareOptions()));
    }

    /// <summary>Reads JSON lines; <c>pii</c> may list kinds as strings or objects with a <c>kind</c> (or <c>type</c>).</summary>
    public static List<LabelledMention> Read(string path) => [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(line =>
    {
        var o = JsonDocument.Parse(line).RootElement;
        return new LabelledMention(
            o.GetProperty("text").GetString() ?? "",
            o.TryGetProperty("platform", out var p) ? p.GetString() ?? "" : "",
            o.TryGetProperty("authorFollowers", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : null,
            (o.GetProperty("risk").GetString() ?? "").ToLowerInvariant(),
            o.TryGetProperty("riskReasons", out var r) && r.ValueKind == JsonValueKind.Array ? [.. r.EnumerateArray().Select(x => x.ToString())] : [],
            o.TryGetProperty("pii", out var pii) && pii.ValueKind == JsonValueKind.Array
                ? [.. pii.EnumerateArray().Select(Kind).Where(k => k.Length > 0).Distinct()]
                : [],
            (o.GetProperty("sentiment").GetString() ?? "").ToLowerInvariant(),
            o.TryGetProperty("crisis", out var c) && c.ValueKind == JsonValueKind.True);
    })];

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Object when e.TryGetProperty("kind", out var k) => k.GetString() ?? "",
        JsonValueKind.Object when e.TryGetProperty("type", out var t) => t.GetString() ?? "",
        _ => "",
    };

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
