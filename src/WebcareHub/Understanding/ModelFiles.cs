using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace WebcareHub.Understanding;

/// <summary>
/// Keeps a trained ML.NET model on disk under the hash of what it learned from, so a restart with unchanged
/// examples loads it in milliseconds instead of training again. A second, small file keyed by the examples as
/// written and by this build names that model and holds the words of its prepared texts, so such a restart need not
/// prepare (stem, read for dates) the examples either.
/// </summary>
public static class ModelFiles
{
    /// <summary>The builds of the code that prepares examples: another build may prepare them differently.</summary>
    private static readonly string Build = string.Join(',',
        typeof(ModelFiles).Assembly.ManifestModule.ModuleVersionId, typeof(DutchStemmer).Assembly.ManifestModule.ModuleVersionId);

    public static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    /// <summary>The hash of examples as written, for this build of the code that prepares them.</summary>
    public static string ExamplesHash(IEnumerable<string> lines) => Hash(lines.Append(Build));

    /// <summary>
    /// The model for these examples: from the cache when this build has prepared the same examples before
    /// (<paramref name="prepare"/> is not called), else prepared, then loaded by the hash of the prepared data or
    /// trained.
    /// </summary>
    /// <param name="training">The training settings (L2, tolerance, n-grams…): the same data trained otherwise is another
    /// model, so they are part of both cache names.</param>
    /// <param name="cacheFolder">Null prepares and trains in memory only.</param>
    public static (ITransformer Model, IReadOnlySet<string> Words) LoadOrTrain(MLContext ml, string name, string examplesHash, string training,
        string? cacheFolder, Func<PreparedExamples> prepare, Func<IDataView, ITransformer> train)
    {
        var index = cacheFolder is null ? null : Path.Combine(cacheFolder, $"{name}-{Hash([examplesHash, training])[..16]}.words");
        if (index is not null && LoadIndexed(ml, name, index, cacheFolder!) is { } cached) return cached;
        var prepared = prepare();
        var modelHash = Hash([prepared.Hash, training]);
        var model = LoadOrTrainPrepared(ml, prepared.Data, name, modelHash, cacheFolder, train);
        if (index is not null) WriteWhole(index, temporary => File.WriteAllLines(temporary, [modelHash, .. prepared.Words.Order(StringComparer.Ordinal)]));
        return (model, prepared.Words);
    }

    private static (ITransformer, IReadOnlySet<string>)? LoadIndexed(MLContext ml, string name, string index, string cacheFolder)
    {
        try
        {
            if (!File.Exists(index)) return null;
            var lines = File.ReadAllLines(index);
            if (lines.Length == 0 || lines[0].Length < 16) return null;
            var file = ModelFile(cacheFolder, name, lines[0]);
            if (!File.Exists(file)) return null;
            return (ml.Model.Load(file, out _), lines.Skip(1).ToHashSet(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or FormatException)
        {
            return null; // A damaged or outdated cache: prepare again.
        }
    }

    /// <summary>The model saved under the hash of the prepared data, else trained and saved.</summary>
    private static ITransformer LoadOrTrainPrepared(MLContext ml, IDataView data, string name, string hash, string? cacheFolder,
        Func<IDataView, ITransformer> train)
    {
        var file = cacheFolder is null ? null : ModelFile(cacheFolder, name, hash);
        if (file is not null && File.Exists(file))
        {
            try
            {
                return ml.Model.Load(file, out _);
            }
            catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or FormatException)
            {
                // A damaged or outdated cache file: train again and overwrite it.
            }
        }
        var model = train(data);
        if (file is not null) WriteWhole(file, temporary => ml.Model.Save(model, data.Schema, temporary));
        return model;
    }

    private static string ModelFile(string cacheFolder, string name, string hash) => Path.Combine(cacheFolder, $"{name}-{hash[..16]}.zip");

    /// <summary>Writes a file under a temporary name and moves it in place, so a reader never sees half of it.</summary>
    private static void WriteWhole(string file, Action<string> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        write(temporary);
        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>
    /// The text features both models learn from: lower-case word uni- and bigrams plus character n-grams of
    /// <paramref name="charLength"/>, without accents, punctuation or digits, L2-normalised.
    /// </summary>
    public static TextFeaturizingEstimator.Options TextFeatures(int charLength) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = charLength, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    /// <summary>The class labels of a multiclass model, in the order of its <c>Score</c> column.</summary>
    public static IReadOnlyList<string> ScoreLabels(DataViewSchema outputSchema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        outputSchema["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}

/// <summary>Examples ready to learn from: the data, the hash of its prepared texts, and every word in them.</summary>
public sealed record PreparedExamples(IDataView Data, string Hash, IReadOnlySet<string> Words);
