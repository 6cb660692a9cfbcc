using WebcareHub.Faq;

namespace WebcareHub.Understanding;

/// <summary>
/// The examples the intent model learns from: <c>intents.yaml</c> (intent → phrases) and every FAQ file's
/// questions (<c>dialogs/faq/&lt;id&gt;.yaml</c>, intent <c>faq.&lt;id&gt;</c>, both languages).
/// </summary>
public static class IntentExamples
{
    public static List<(string Intent, string Example)> Read(string intentsPath, string? faqFolder)
    {
        var file = PhraseFiles.Read<IntentsFile>(intentsPath);
        if (file.Intents.Count == 0) throw new InvalidDataException($"{intentsPath} defines no intents");
        var examples = file.Intents.SelectMany(i => i.Value.Select(e => (i.Key, e))).ToList();
        if (faqFolder is not null)
        {
            foreach (var faq in FaqLibrary.Load(faqFolder).All)
            {
                examples.AddRange(faq.Examples.Values.SelectMany(list => list).Select(e => (IntentClassifier.FaqPrefix + faq.Id, e)));
            }
        }
        return examples;
    }

    public static IntentSettings Settings(string intentsPath)
    {
        var file = PhraseFiles.Read<IntentsFile>(intentsPath);
        return new IntentSettings(file.Threshold, file.ClarifyBelow, file.ClarifyMargin);
    }

    internal sealed class IntentsFile
    {
        public double Threshold { get; set; } = IntentSettings.Default.Threshold;
        public double ClarifyBelow { get; set; } = IntentSettings.Default.ClarifyBelow;
        public double ClarifyMargin { get; set; } = IntentSettings.Default.ClarifyMargin;
        public Dictionary<string, List<string>> Intents { get; set; } = [];
    }
}
