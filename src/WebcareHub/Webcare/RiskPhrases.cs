using WebcareHub.Understanding;
using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Webcare;

/// <summary>The compiled phrase lists of <c>dialogs/webcare/risk.yaml</c>; a bad file stops start-up naming the file.</summary>
public sealed class RiskPhrases
{
    public RiskPhrases(string path)
    {
        var file = PhraseFiles.Read<RiskFile>(path);
        Book = new PhraseBook(file.Concepts, file.LiteralOnly);
        foreach (var (code, category) in file.High)
        {
            High.Add((code, PhraseFiles.Compile(Book, category.Patterns, path)));
            Labels[code] = category.Label;
            if (!category.Hostile) NotHostile.Add(code);
        }
        foreach (var (code, label) in file.Labels) Labels[code] = label;
        if (High.Count == 0) throw new InvalidDataException($"{path} defines no high-risk categories");
        Negative = PhraseFiles.Compile(Book, file.Negative, path);
        StrongNegative = PhraseFiles.Compile(Book, file.StrongNegative, path);
        Positive = PhraseFiles.Compile(Book, file.Positive, path);
        NegatedPositive = PhraseFiles.Compile(Book, file.NegatedPositive, path);
        Relief = PhraseFiles.Compile(Book, file.Relief, path);
        Sarcasm = PhraseFiles.Compile(Book, file.Sarcasm, path);
        SarcasmWithComplaint = PhraseFiles.Compile(Book, file.SarcasmWithComplaint, path);
        IgnoreForSentiment = PhraseFiles.Compile(Book, file.IgnoreForSentiment, path);
        CrisisExtra = PhraseFiles.Compile(Book, file.CrisisExtra, path);
        NegativeEmoji = [.. file.NegativeEmoji];
        PositiveEmoji = [.. file.PositiveEmoji];
        SarcasmEmoji = [.. file.SarcasmEmoji];
    }

    public static RiskPhrases Load(string dialogsFolder) => new(Path.Combine(dialogsFolder, "webcare", "risk.yaml"));

    public PhraseBook Book { get; }
    public List<(string Code, IReadOnlyList<PhrasePattern> Patterns)> High { get; } = [];
    /// <summary>High-risk categories that say nothing of the writer's tone (press; veiled intimidation, which reads
    /// polite): the sentiment model does not count them as hostility.</summary>
    public HashSet<string> NotHostile { get; } = [];
    /// <summary>Reason code → words in Dutch and English.</summary>
    public Dictionary<string, Dictionary<string, string>> Labels { get; } = [];
    public IReadOnlyList<PhrasePattern> Negative { get; }
    public IReadOnlyList<PhrasePattern> StrongNegative { get; }
    public IReadOnlyList<PhrasePattern> Positive { get; }
    public IReadOnlyList<PhrasePattern> NegatedPositive { get; }
    /// <summary>A trouble that is gone or absent ("zonder gedoe", "eindelijk rust"): positive, and its words are no complaint.</summary>
    public IReadOnlyList<PhrasePattern> Relief { get; }
    public IReadOnlyList<PhrasePattern> Sarcasm { get; }
    public IReadOnlyList<PhrasePattern> SarcasmWithComplaint { get; }
    public IReadOnlyList<PhrasePattern> IgnoreForSentiment { get; }
    public IReadOnlyList<PhrasePattern> CrisisExtra { get; }
    public string[] NegativeEmoji { get; }
    public string[] PositiveEmoji { get; }
    public string[] SarcasmEmoji { get; }


    public string Label(string code, string language) =>
        Labels.TryGetValue(code, out var words) ? words.GetValueOrDefault(language) ?? words.GetValueOrDefault("en") ?? code : code;

    internal sealed class RiskFile
    {
        public Dictionary<string, List<string>> Concepts { get; set; } = [];
        public Dictionary<string, RiskCategory> High { get; set; } = [];
        public List<string> Negative { get; set; } = [];
        public List<string> StrongNegative { get; set; } = [];
        public List<string> Positive { get; set; } = [];
        public List<string> NegatedPositive { get; set; } = [];
        public List<string> Relief { get; set; } = [];
        public List<string> Sarcasm { get; set; } = [];
        public List<string> SarcasmWithComplaint { get; set; } = [];
        public List<string> IgnoreForSentiment { get; set; } = [];
        public List<string> CrisisExtra { get; set; } = [];
        public List<string> LiteralOnly { get; set; } = [];
        public List<string> NegativeEmoji { get; set; } = [];
        public List<string> PositiveEmoji { get; set; } = [];
        public List<string> SarcasmEmoji { get; set; } = [];
        public Dictionary<string, Dictionary<string, string>> Labels { get; set; } = [];
    }

    internal sealed class RiskCategory
    {
        public Dictionary<string, string> Label { get; set; } = [];

        /// <summary>Whether a match counts as hostility for the sentiment model (press does not).</summary>
        public bool Hostile { get; set; } = true;
        public List<string> Patterns { get; set; } = [];
    }
}
