using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace WebcareHub.Understanding;

/// <summary>
/// What tells one learned text model from another: its cache name, character n-gram length, L2, seed, and how closely
/// L-BFGS converges (a looser tolerance trains faster; a tighter one lands on the same optimum whatever small change
/// the examples had).
/// </summary>
public sealed record TextModelSettings(string Name, int CharLength, float L2Regularization, int Seed, float Tolerance = 1e-4f);

/// <summary>
/// The one learned piece behind the intent, distress and sentiment models: a multiclass maximum-entropy model
/// (ML.NET, L-BFGS on one thread, so the same examples always give the same model) over the text features of
/// <see cref="ModelFiles.TextFeatures"/>. Trained once per process for the same examples and settings (test hosts,
/// restarts), or loaded from the cache folder; its engine is not thread-safe, so predictions take its lock.
/// </summary>
public sealed class TextModel
{
    private static readonly ConcurrentDictionary<string, Lazy<TextModel>> Models = new();

    private readonly PredictionEngine<Row, Prediction> _engine;
    private readonly Lock _gate = new();

    private TextModel(IReadOnlyList<(string Label, string Text)> examples, Func<string, string> prepare, string examplesHash,
        TextModelSettings settings, string? cacheFolder)
    {
        var ml = new MLContext(seed: settings.Seed);
        (var model, Words) = ModelFiles.LoadOrTrain(ml, settings.Name, examplesHash, settings.ToString(), cacheFolder, () =>
        {
            // Preparing every example is most of a start without a cached model: both cores share it (the order,
            // and so the hash, stays the same).
            var rows = examples.AsParallel().AsOrdered().Select(e => new Row { Label = e.Label, Text = prepare(e.Text) }).ToList();
            return new PreparedExamples(ml.Data.LoadFromEnumerable(rows), ModelFiles.Hash(rows.Select(r => r.Label + '\t' + r.Text)),
                rows.SelectMany(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal));
        }, data => ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", ModelFiles.TextFeatures(settings.CharLength), nameof(Row.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0f,
                L2Regularization = settings.L2Regularization,
                OptimizationTolerance = settings.Tolerance,
                NumberOfThreads = 1,
            }))
            .Fit(data));
        _engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
        Labels = ModelFiles.ScoreLabels(_engine.OutputSchema);
    }

    /// <summary>The class labels, in the order of <see cref="Scores"/>.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Every word of the prepared examples.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>
    /// The model for these examples (label and text as written, made ready by <paramref name="prepare"/>) and
    /// settings, trained or loaded once.
    /// </summary>
    public static TextModel For(IReadOnlyList<(string Label, string Text)> examples, Func<string, string> prepare, TextModelSettings settings,
        string? cacheFolder)
    {
        var hash = ModelFiles.ExamplesHash(examples.Select(e => e.Label + '\t' + e.Text).Prepend(settings.ToString()));
        return Models.GetOrAdd(hash, _ => new Lazy<TextModel>(() => new TextModel(examples, prepare, hash, settings, cacheFolder))).Value;
    }

    /// <summary>Each label's probability for a prepared text, in the order of <see cref="Labels"/>.</summary>
    public float[] Scores(string text)
    {
        lock (_gate) return _engine.Predict(new Row { Text = text }).Score;
    }

    internal sealed class Row
    {
        public string Label { get; set; } = "";
        public string Text { get; set; } = "";
    }

    internal sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
