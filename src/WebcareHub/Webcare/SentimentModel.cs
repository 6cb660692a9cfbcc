using WebcareHub.Understanding;

namespace WebcareHub.Webcare;

/// <summary>
/// A learned reader of a mention's tone beside the word lists: a maximum-entropy model (ML.NET) over the words, the
/// emoji and what the word lists found (see <see cref="SentimentFeatures"/>), trained from the labelled mentions in
/// <c>dialogs/webcare/sentiment-examples.tsv</c>. Lists miss the flat, ironic complaint ("Drie bedragen. Kies
/// maar."); the model learns it from examples, and still hears the lists' sarcasm and swearing.
/// </summary>
public sealed class SentimentModel
{
    /// <summary>
    /// Chosen by 5-fold cross-validation on the development sets (sentiment-cv in tools/WebcareHub.Evaluation):
    /// L2 0.01–0.03 and character trigrams or 4-grams measured alike (84.1–84.4 %); 0.1 and more fell behind.
    /// </summary>
    private static readonly TextModelSettings Settings = new("sentiment", CharLength: 3, L2Regularization: 0.03f, Seed: 20261201);

    private static readonly MentionSentiment[] Labels = Enum.GetValues<MentionSentiment>();

    private readonly TextModel _model;

    /// <param name="examples">Each example's sentiment and its features (<see cref="SentimentFeatures"/>).</param>
    /// <param name="cacheFolder">Where a trained model is kept between runs; null trains in memory only.</param>
    public SentimentModel(IEnumerable<(MentionSentiment Sentiment, string Features)> examples, string? cacheFolder = null)
    {
        var rows = examples.Select(e => (Label: e.Sentiment.ToString(), Text: e.Features)).ToList();
        if (rows.Select(r => r.Label).Distinct().Count() < Labels.Length)
            throw new InvalidDataException("the sentiment model needs examples of negative, neutral and positive mentions");
        _model = TextModel.For(rows, features => features, Settings, cacheFolder);
    }

    /// <summary>The probability of each sentiment for a mention's features.</summary>
    public IReadOnlyDictionary<MentionSentiment, double> Probabilities(string features)
    {
        return _model.Labels.Zip(_model.Scores(features)).ToDictionary(p => Enum.Parse<MentionSentiment>(p.First), p => Math.Round((double)p.Second, 3));
    }

    /// <summary>Reads <c>sentiment-examples.tsv</c>: one mention per line, its sentiment, a tab, its text; # starts a comment.</summary>
    public static List<(MentionSentiment Sentiment, string Text)> ReadExamples(string path)
    {
        var examples = new List<(MentionSentiment, string)>();
        foreach (var (number, label, text) in PhraseFiles.ReadLabelled(path))
        {
            if (!Enum.TryParse<MentionSentiment>(label, ignoreCase: true, out var sentiment) || !Enum.IsDefined(sentiment))
                throw new InvalidDataException($"{path}:{number}: expected 'negative', 'neutral' or 'positive', a tab and the mention's text");
            examples.Add((sentiment, text));
        }
        return examples;
    }
}

/// <summary>The labelled mentions the sentiment model learns from, and where its trained model is kept.</summary>
public sealed record SentimentExamples(IReadOnlyList<(MentionSentiment Sentiment, string Text)> Items, string? CacheFolder)
{
    public static SentimentExamples Load(string dialogsFolder, string? cacheFolder) =>
        new(SentimentModel.ReadExamples(Path.Combine(dialogsFolder, "webcare", "sentiment-examples.tsv")), cacheFolder);
}
