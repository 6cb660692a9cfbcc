using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>The cache names a model by its examples and its training settings: other settings train again.</summary>
public sealed class TextModelCacheTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("text-model-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void OtherSettings_ForTheSameExamples_AreTrainedAgain_NotLoadedFromTheCache()
    {
        // Words of their own, so no other test's model in this process is shared.
        var marker = "w" + Guid.NewGuid().ToString("N")[..8];
        (string, string)[] examples = [("pay", $"betaal vrijdag {marker}"), ("pay", "ik betaal morgen"), ("dispute", "klopt niet"), ("dispute", $"niet van mij {marker}")];
        var smooth = TextModel.For(examples, t => t, new TextModelSettings("cache-test", 3, L2Regularization: 50f, Seed: 1), _cache);
        var sharp = TextModel.For(examples, t => t, new TextModelSettings("cache-test", 3, L2Regularization: 0.001f, Seed: 1), _cache);

        var text = $"betaal vrijdag {marker}";
        Assert.True(sharp.Scores(text).Max() - smooth.Scores(text).Max() > 0.1f,
            $"sharp {sharp.Scores(text).Max():0.000}, smooth {smooth.Scores(text).Max():0.000}");
    }
}
