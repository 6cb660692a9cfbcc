using WebcareHub.Understanding;

namespace WebcareHub.Evaluation;

/// <summary>Shows how the understanding reads one message per argument: the likeliest intents, feelings, crisis signal and why, and the date.</summary>
public static class ExplainCommand
{
    public static int Run(string[] texts)
    {
        var dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
        var understanding = Path.Combine(dialogs, "understanding");
        var understander = Understander.Load(dialogs);
        var detector = DistressDetector.Load(understanding);
        var crisis = CrisisModel.Load(understanding, Path.Combine(understanding, "intents.yaml"), Path.Combine(dialogs, "faq"));
        var settings = IntentExamples.Settings(Path.Combine(understanding, "intents.yaml"));
        foreach (var text in texts)
        {
            var got = understander.Understand(text, UnderstandingReport.ReferenceDay);
            Console.WriteLine(text);
            Console.WriteLine($"  decision: {Reading.Of(got, settings)}");
            Console.WriteLine($"  intents:  {string.Join(", ", got.Intents.Ranked.Take(3).Select(r => $"{r.Intent} {r.Score:0.00}"))}");
            var plain = detector.Read(text).WithoutFiguresOfSpeech;
            Console.WriteLine($"  crisis:   {got.Distress.Signal}{(got.Distress.AboutSomeoneClose ? " about someone close" : "")}, learned reader {crisis.Probability(plain):0.00} on \"{plain}\" (asks from {crisis.Threshold:0.00}, {crisis.ThresholdWithoutFeelings:0.00} without feelings)");
            foreach (var (words, ofSomeoneElse) in detector.SignalPlaces(text)) Console.WriteLine($"  signal:   \"{words}\"{(ofSomeoneElse ? " (of someone else)" : "")}");
            foreach (var figure in detector.FiguresOfSpeech(text)) Console.WriteLine($"  ignored:  \"{figure.Words}\" by {figure.Pattern}");
            Console.WriteLine($"  feelings: {got.Distress.KindNames}; {string.Join("; ", got.Distress.Reasons)}");
            Console.WriteLine($"  date:     {(got.Entities.Date is { } d ? $"{d.Kind} {d.Start:yyyy-MM-dd}..{d.End:yyyy-MM-dd}" + (d.Alternatives.Count > 0 ? " or " + string.Join(", ", d.Alternatives.Select(a => a.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))) : "") : "none")}");
        }
        return 0;
    }
}
