using System.Text.Json;
using WebcareHub.Evaluation;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

/// <summary>The learned sentiment reader beside the word lists, and the examples it learns from.</summary>
public sealed class SentimentModelTests
{
    private static readonly Lazy<MentionClassifier> Classifier = new(() => WebcareReport.DefaultClassifier());

    private static string ExamplesPath => Path.Combine(AppContext.BaseDirectory, "dialogs", "webcare", "sentiment-examples.tsv");

    /// <summary>A flat, ironic complaint without one complaint word: the word lists read it as neutral, the model does not.</summary>
    [Fact]
    public void FlatIronicComplaint_IsNegative_ByTheModel()
    {
        const string text = "Vierde herinnering in twee weken. Fijn om zo gemist te worden.";
        Assert.DoesNotContain(SentimentModel.ReadExamples(ExamplesPath), e => e.Text == text);

        var found = Classifier.Value.Classify(text, 40);

        Assert.Equal(MentionSentiment.Negative, found.Sentiment);
        Assert.Equal(MentionRisk.Medium, found.Risk);
        Assert.StartsWith("model ", Assert.Single(found.Reasons, r => r.Code == "negative").Evidence);
    }

    [Fact]
    public void CalmQuestion_IsNeutralAndLow()
    {
        var found = Classifier.Value.Classify("Hoe lang duurt het voordat een overboeking bij jullie zichtbaar is?", 250);

        Assert.Equal((MentionSentiment.Neutral, MentionRisk.Low), (found.Sentiment, found.Risk));
        Assert.Empty(found.Reasons);
    }

    /// <summary>"Opgelucht" (relieved) is one letter from "opgelicht" (scammed, and a consumer programme): no fraud, no press.</summary>
    [Fact]
    public void ReliefAfterACall_IsNoFraudOrPress()
    {
        var found = Classifier.Value.Classify("Mijn moeder belde me daarna opgelucht op, de medewerker was heel rustig en heeft een regeling gemaakt waar ze mee kan leven. Dank!", 120);

        Assert.Equal(MentionRisk.Low, found.Risk);
        Assert.DoesNotContain(found.Reasons, r => r.Code is "fraud" or "press" or "crisis");
    }

    [Fact]
    public void ExamplesFile_NamesTheLine_OfABadExample()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "positive\tDank jullie wel!", "boos\tdit is geen label"]);
            var error = Assert.Throws<InvalidDataException>(() => SentimentModel.ReadExamples(path));
            Assert.Contains(":3:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The held-out mentions measure the model, so none of them may be one it learned from.</summary>
    [Fact]
    public void NoHeldOutMention_IsASentimentExample()
    {
        var examples = SentimentModel.ReadExamples(ExamplesPath).Select(e => e.Text).ToHashSet();
        var heldOut = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Webcare", "HeldOut", "mentions.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => string.Join(' ', (JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.True(examples.Count > 1000);
        Assert.DoesNotContain(heldOut, examples.Contains);
    }
}
