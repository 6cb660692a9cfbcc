using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>The learned reader of feelings beside the phrase lists (distress-examples.tsv).</summary>
public sealed class DistressModelTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "dialogs", "understanding");

    private static readonly DistressDetector WithModel = DistressDetector.Load(Folder);

    private static readonly DistressDetector PhrasesOnly = new(Path.Combine(Folder, "crisis.yaml"), Path.Combine(Folder, "distress.yaml"));

    [Fact]
    public void Feeling_NoPhraseFits_IsReadByTheLearnedReader_WithoutLoweringTheCrisisThreshold()
    {
        const string text = "wie verzint zoiets nou weer";

        var (distress, _, kindsInWords) = WithModel.Read(text);

        Assert.Empty(PhrasesOnly.Detect(text).Kinds);
        Assert.Contains(DistressKind.Anger, distress.Kinds);
        Assert.Contains(distress.Reasons, r => r.StartsWith("anger: learned reader", StringComparison.Ordinal));
        Assert.Empty(kindsInWords);
    }

    [Theory]
    [InlineData("ik wil mijn factuur zien")]
    [InlineData("kan ik in drie keer betalen")]
    [InlineData("hallo, goedemiddag")]
    public void PlainRequests_ShowNoFeeling(string text) => Assert.Empty(WithModel.Detect(text).Kinds);

    [Fact]
    public void Examples_WithAnUnknownFeeling_AreRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => new DistressModel([("-", "hallo"), ("boredom", "saai hoor")], 0.5));

        Assert.Contains("boredom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeepsOnlyFeelingsAtOrAboveTheThreshold()
    {
        var learned = DistressModel.Load(Path.Combine(Folder, "distress-examples.tsv"), threshold: 0.99);

        Assert.DoesNotContain(learned.Read("wie verzint zoiets nou weer"), k => k.Probability < 0.99);
    }
}
