using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace WebcareHub.Understanding;

/// <summary>
/// Keeps a trained ML.NET model on disk under the hash of what it learned from, so a restart with unchanged
/// examples loads it in milliseconds instead of training again.
/// </summary>
public static class ModelFiles
{
    public static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    /// <param name="cacheFolder">Null trains in memory only.</param>
    public static ITransformer LoadOrTrain(MLContext ml, IDataView data, string name, string hash, string? cacheFolder,
        Func<IDataView, ITransformer> train)
    {
        var file = cacheFolder is null ? null : Path.Combine(cacheFolder, $"{name}-{hash[..16]}.zip");
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
        if (file is not null)
        {
            Directory.CreateDirectory(cacheFolder!);
            var temporary = $"{file}.{Environment.ProcessId}.tmp";
            ml.Model.Save(model, data.Schema, temporary);
            File.Move(temporary, file, overwrite: true);
        }
        return model;
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
