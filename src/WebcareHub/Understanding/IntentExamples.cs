using WebcareHub.Faq;

namespace WebcareHub.Understanding;

/// <summary>
/// The examples the intent model learns from: <c>intents.yaml</c> (intent → phrases) and every FAQ file's
/// questions (<c>dialogs/faq/&lt;id&gt;.yaml</c>, intent <c>faq.&lt;id&gt;</c>, both languages).
/// </summary>
public static class IntentExamples
{
    /// <summary>The blind rounds' customer messages, beside <c>intents.yaml</c>; see <see cref="ForIntentModel"/>.</summary>
    public const string CustomerMessagesFile = "customer-messages.tsv";

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

    /// <summary>
    /// What the intent model learns from: <see cref="Read"/> and the customer messages of the blind development rounds
    /// in <c>customer-messages.tsv</c> beside <c>intents.yaml</c> (<c>intent&lt;TAB&gt;message</c>, '#' starts a
    /// comment). The learned crisis and distress readers take only <see cref="Read"/> as their ordinary messages.
    /// </summary>
    public static List<(string Intent, string Example)> ForIntentModel(string intentsPath, string? faqFolder)
    {
        var examples = Read(intentsPath, faqFolder);
        var messages = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(intentsPath))!, CustomerMessagesFile);
        if (!File.Exists(messages)) return examples;
        var known = examples.Select(e => e.Intent).ToHashSet(StringComparer.Ordinal);
        foreach (var (number, intent, text) in PhraseFiles.ReadLabelled(messages))
        {
            if (text.Trim().Length == 0) throw new InvalidDataException($"{messages}:{number}: '{intent}' has no message after its tab");
            // Without the FAQ folder there are no FAQ intents to learn (a model of intents.yaml alone).
            if (faqFolder is null && intent.StartsWith(IntentClassifier.FaqPrefix, StringComparison.Ordinal)) continue;
            if (!known.Contains(intent)) throw new InvalidDataException($"{messages}:{number}: unknown intent '{intent}'");
            examples.Add((intent, text));
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
