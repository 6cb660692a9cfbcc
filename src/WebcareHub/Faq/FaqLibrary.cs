using WebcareHub.Understanding;

namespace WebcareHub.Faq;

/// <summary>
/// The curated answers to common questions, one file each in <c>dialogs/faq/</c>: example questions (they
/// train the intent model as <c>faq.&lt;id&gt;</c>) and the answer, in Dutch and English. Checked when loaded.
/// </summary>
public sealed class FaqLibrary
{
    public static readonly string[] Languages = ["nl", "en"];

    private readonly Dictionary<string, FaqEntry> _entries;

    private FaqLibrary(Dictionary<string, FaqEntry> entries) => _entries = entries;

    public IReadOnlyCollection<FaqEntry> All => _entries.Values;

    public FaqEntry? Find(string id) => _entries.GetValueOrDefault(id);

    /// <summary>The FAQ an intent names (<c>faq.opening_hours</c>), if it is one.</summary>
    public FaqEntry? ForIntent(string intent) =>
        intent.StartsWith(IntentClassifier.FaqPrefix, StringComparison.Ordinal) ? Find(intent[IntentClassifier.FaqPrefix.Length..]) : null;

    public static FaqLibrary Load(string folder)
    {
        var entries = new Dictionary<string, FaqEntry>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return new FaqLibrary(entries);
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var entry = PhraseFiles.Read<FaqEntry>(path);
            var expected = Path.GetFileNameWithoutExtension(path);
            if (entry.Id != expected) throw new InvalidDataException($"{path}: id '{entry.Id}' must equal the file name '{expected}'");
            foreach (var language in Languages)
            {
                if (string.IsNullOrWhiteSpace(entry.Title.GetValueOrDefault(language)))
                    throw new InvalidDataException($"{path}: the title in '{language}' is missing");
                if (string.IsNullOrWhiteSpace(entry.Answer.GetValueOrDefault(language)))
                    throw new InvalidDataException($"{path}: the answer in '{language}' is missing");
                if (entry.Examples.GetValueOrDefault(language) is not { Count: >= 3 })
                    throw new InvalidDataException($"{path}: give at least three example questions in '{language}'");
            }
            entries[entry.Id] = entry;
        }
        return new FaqLibrary(entries);
    }
}

/// <summary>One common question: how customers ask it and the answer, per language.</summary>
public sealed class FaqEntry
{
    public string Id { get; set; } = "";

    /// <summary>A few words naming the question, on its button when the bot asks which question is meant.</summary>
    public Dictionary<string, string> Title { get; set; } = [];

    public Dictionary<string, List<string>> Examples { get; set; } = [];
    public Dictionary<string, string> Answer { get; set; } = [];
}
