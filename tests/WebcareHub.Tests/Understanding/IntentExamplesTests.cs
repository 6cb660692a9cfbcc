using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class IntentExamplesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intent-examples-").FullName;

    private string Intents()
    {
        var path = Path.Combine(_folder, "intents.yaml");
        File.WriteAllText(path, "intents:\n  greeting:\n    - hallo\n  thanks:\n    - bedankt\n");
        return path;
    }

    [Fact]
    public void ForIntentModel_AddsTheCustomerMessages_ButReadLeavesThemOut()
    {
        var intents = Intents();
        File.WriteAllText(Path.Combine(_folder, IntentExamples.CustomerMessagesFile), "# a comment\nthanks\tmasha danki\nfaq.opening_hours\tzijn jullie open\n");

        var forIntents = IntentExamples.ForIntentModel(intents, faqFolder: null);

        Assert.Contains(("thanks", "masha danki"), forIntents);
        Assert.DoesNotContain(forIntents, e => e.Intent.StartsWith("faq.", StringComparison.Ordinal));
        Assert.DoesNotContain(IntentExamples.Read(intents, faqFolder: null), e => e.Example == "masha danki");
    }

    [Theory]
    [InlineData("goodbye\tdoei\n")]
    [InlineData("no tab here\n")]
    [InlineData("thanks\t  \n")]
    public void ForIntentModel_RejectsALineItCannotLearnFrom(string line)
    {
        var intents = Intents();
        File.WriteAllText(Path.Combine(_folder, IntentExamples.CustomerMessagesFile), line);

        Assert.Throws<InvalidDataException>(() => IntentExamples.ForIntentModel(intents, faqFolder: null));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
