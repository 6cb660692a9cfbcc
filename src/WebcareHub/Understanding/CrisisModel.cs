using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace WebcareHub.Understanding;

/// <summary>
/// A second, learned reader of possible suicide signals beside the phrase lists of <c>crisis.yaml</c>: logistic
/// regression over words and character n-grams, trained at start-up from <c>crisis-examples.yaml</c> (signals, look-alikes and
/// everyday replies) with every intent and FAQ example as ordinary messages. It catches wordings no phrase foresaw;
/// because a miss costs far more than one gentle question, its answer only ever asks (never answers at once).
/// </summary>
public sealed class CrisisModel
{
    /// <summary>Engines by the hash of their examples, each with its own lock: an engine is not thread-safe and is
    /// shared by every model built from the same examples (test hosts, restarts in one process).</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Shared>> Models = new();

    private readonly Shared _model;

    public CrisisModel(CrisisExamples examples, IEnumerable<string> ordinaryMessages, string? cacheFolder = null)
    {
        Threshold = examples.Threshold;
        ThresholdWithoutFeelings = Math.Max(examples.Threshold, examples.ThresholdWithoutFeelings);
        var labelled = examples.Signals.Select(t => (Label: true, Text: t))
            .Concat(examples.LookAlikes.Concat(examples.Replies).Concat(ordinaryMessages).Select(t => (Label: false, Text: t)))
            .ToList();
        if (!labelled.Any(r => r.Label)) throw new InvalidDataException("the crisis model needs at least one signal example");
        var hash = ModelFiles.ExamplesHash(HashLines(labelled));
        _model = Models.GetOrAdd(hash, _ => new Lazy<Shared>(() => new Shared(LoadOrTrain(labelled, hash, cacheFolder)))).Value;
    }

    /// <summary>From this probability on, the bot asks gently whether the customer thinks of harming themselves.</summary>
    public double Threshold { get; }

    public static CrisisModel Load(string understandingFolder, string intentsPath, string? faqFolder, string? cacheFolder = null) =>
        new(CrisisExamples.Read(Path.Combine(understandingFolder, "crisis-examples.yaml")),
            IntentExamples.Read(intentsPath, faqFolder).Select(e => e.Example), cacheFolder);

    public double Probability(string text)
    {
        var prepared = Prepare(text);
        if (prepared.Length == 0) return 0;
        lock (_model.Gate) return Math.Round((double)_model.Engine.Predict(new Row { Text = prepared }).Probability, 3);
    }

    /// <summary>From this probability on, the bot asks even when no feeling, or only anger, was read in the message.</summary>
    public double ThresholdWithoutFeelings { get; }

    /// <summary>
    /// Whether the bot should ask: from <see cref="Threshold"/> when the message's words also show a feeling that
    /// lowers it (see <see cref="LowerTheThreshold"/>), from <see cref="ThresholdWithoutFeelings"/> otherwise.
    /// </summary>
    public bool Asks(double probability, IReadOnlySet<DistressKind> feelingsInWords) =>
        probability >= (LowerTheThreshold(feelingsInWords) ? Threshold : ThresholdWithoutFeelings);

    /// <summary>
    /// Whether feelings read in words lower the threshold: fear, despair, grief or shame do; anger alone does not (an
    /// angry complaint, "ik sta zo bij jullie op de stoep", is no sign of harming oneself, and public mentions are full
    /// of it).
    /// </summary>
    public static bool LowerTheThreshold(IReadOnlySet<DistressKind> feelingsInWords) =>
        feelingsInWords.Any(k => k != DistressKind.Anger);

    /// <summary>Entities do not matter here; the stems and emoji marker of the intent text do.</summary>
    private static string Prepare(string text) => IntentText.Prepare(text, Entities.None);

    private static PredictionEngine<Row, Prediction> LoadOrTrain(List<(bool Label, string Text)> examples, string hash, string? cacheFolder)
    {
        var ml = new MLContext(seed: 20261130);
        var (model, _) = ModelFiles.LoadOrTrain(ml, "crisis", hash, Training, cacheFolder, () =>
        {
            var rows = examples.AsParallel().AsOrdered().Select(e => new Row { Label = e.Label, Text = Prepare(e.Text) }).ToList();
            // Signals are few beside the ordinary messages: weigh both sides equally, so a signal is not drowned out.
            var signalWeight = (float)rows.Count(r => !r.Label) / rows.Count(r => r.Label);
            foreach (var row in rows.Where(r => r.Label)) row.Weight = signalWeight;
            return new PreparedExamples(ml.Data.LoadFromEnumerable(rows), ModelFiles.Hash(HashLines(rows.Select(r => (r.Label, r.Text)))), new HashSet<string>());
        }, data => Train(ml, data));
        return ml.Model.CreatePredictionEngine<Row, Prediction>(model);
    }

    /// <summary>What a crisis model's hash is taken over: each example's label and text, and that signals are weighted.</summary>
    private static IEnumerable<string> HashLines(IEnumerable<(bool Label, string Text)> examples) =>
        examples.Select(e => (e.Label ? "1\t" : "0\t") + e.Text).Append("weighted");

    private const int CharLength = 4;
    private const float L2 = 0.03f;
    private const float Tolerance = 1e-4f;

    /// <summary>The training settings, part of the model's cache name.</summary>
    private static readonly string Training = FormattableString.Invariant($"char {CharLength}, L2 {L2}, tolerance {Tolerance}");

    private static ITransformer Train(MLContext ml, IDataView data)
    {
        var featurize = ModelFiles.TextFeatures(CharLength);
        return ml.Transforms.Text.FeaturizeText("Features", featurize, nameof(Row.Text))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L1Regularization = 0f,
                L2Regularization = L2,
                OptimizationTolerance = Tolerance,
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(Row.Weight),
            }))
            .Fit(data);
    }

    private sealed record Shared(PredictionEngine<Row, Prediction> Engine)
    {
        public Lock Gate { get; } = new();
    }

    internal sealed class Row
    {
        public bool Label { get; set; }
        public string Text { get; set; } = "";
        public float Weight { get; set; } = 1;
    }

    internal sealed class Prediction
    {
        public float Probability { get; set; }
    }
}

/// <summary>The examples of <c>dialogs/understanding/crisis-examples.yaml</c>.</summary>
public sealed class CrisisExamples
{
    public double Threshold { get; set; } = 0.5;

    public double ThresholdWithoutFeelings { get; set; } = 0.8;

    public List<string> Signals { get; set; } = [];

    public List<string> LookAlikes { get; set; } = [];

    /// <summary>Everyday replies in a conversation ("vrijdag denk ik", "maakt niet uit"): no signal, and the hedges
    /// and short answers the intent examples seldom hold, so that those words alone never look like one.</summary>
    public List<string> Replies { get; set; } = [];

    public static CrisisExamples Read(string path) => PhraseFiles.Read<CrisisExamples>(path);
}
