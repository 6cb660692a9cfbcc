namespace WebcareHub.Understanding;

/// <summary>
/// A learned reader of feelings beside the phrase lists of <c>distress.yaml</c>: a maximum-entropy model over the
/// stemmed words and character 4-grams, trained at start-up from <c>distress-examples.tsv</c> (messages customers
/// wrote, each labelled with the feelings it shows or none). It finds the fear, shame or anger said in words no
/// phrase foresaw; a kind counts from <see cref="Threshold"/> on.
/// </summary>
public sealed class DistressModel
{
    private const string NoFeeling = "-";

    private static readonly TextModelSettings Settings = new("distress", CharLength: 4, L2Regularization: 0.01f, Seed: 20261201);

    private readonly TextModel _model;

    /// <param name="ordinaryMessages">Plain requests (the intent examples) that teach what no feeling looks like, so
    /// "ik wil iemand spreken" is not read as anger because angry customers often ask for a person; a message
    /// that is also a labelled example keeps its label.</param>
    public DistressModel(IEnumerable<(string Kinds, string Text)> examples, double threshold, IEnumerable<string>? ordinaryMessages = null,
        string? cacheFolder = null)
    {
        Threshold = threshold;
        var labelled = examples.ToList();
        var known = labelled.Select(e => TextNormalizer.Simplify(e.Text)).ToHashSet(StringComparer.Ordinal);
        var ordinary = (ordinaryMessages ?? []).Where(t => known.Add(TextNormalizer.Simplify(t))).Select(t => (Kinds: NoFeeling, Text: t));
        // A message with two feelings teaches both.
        var rows = labelled.Concat(ordinary)
            .SelectMany(e => e.Kinds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(kind => (Label: kind, e.Text)))
            .ToList();
        if (rows.Select(r => r.Label).Distinct().Count() < 2) throw new InvalidDataException("the distress model needs examples with and without feelings");
        var unknown = rows.Select(r => r.Label).FirstOrDefault(l => l != NoFeeling && !Enum.TryParse<DistressKind>(l, ignoreCase: true, out _));
        if (unknown is not null) throw new InvalidDataException($"distress examples name an unknown feeling '{unknown}'");
        _model = TextModel.For(rows, Prepare, Settings, cacheFolder);
    }

    /// <summary>From this probability on a feeling counts.</summary>
    public double Threshold { get; }

    /// <summary>Reads <c>kinds&lt;TAB&gt;message</c> lines ("fear,shame", or "-" for none); '#' starts a comment.</summary>
    public static DistressModel Load(string path, double threshold, IEnumerable<string>? ordinaryMessages = null, string? cacheFolder = null) =>
        new(ReadExamples(path), threshold, ordinaryMessages, cacheFolder);

    public static List<(string Kinds, string Text)> ReadExamples(string path) =>
        [.. PhraseFiles.ReadLabelled(path).Select(l => (l.Label, l.Text))];

    /// <summary>Every feeling at or above the threshold, with its probability.</summary>
    public IReadOnlyList<(DistressKind Kind, double Probability)> Read(string text)
    {
        var prepared = Prepare(text);
        if (prepared.Length == 0) return [];
        return [.. _model.Labels.Zip(_model.Scores(prepared))
            .Where(s => s.First != NoFeeling && s.Second >= Threshold)
            .Select(s => (Enum.Parse<DistressKind>(s.First, ignoreCase: true), Math.Round((double)s.Second, 2)))];
    }

    private static string Prepare(string text) => IntentText.Prepare(text, Entities.None);
}
