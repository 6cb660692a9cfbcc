using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>A long story dilutes its one request: the first or last sentence speaks for a whole that reads unsure.</summary>
public sealed class LongMessageTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private const string Story = "Ik wil even iets uitleggen over mijn situatie. ";

    [Theory]
    [InlineData(20)]
    [InlineData(250)] // about 12 KB: read by its start and end
    public void ARequestAtTheEnd_OfALongStory_IsUnderstood(int sentences)
    {
        var understanding = TestUnderstander.Instance.Understand(string.Concat(Enumerable.Repeat(Story, sentences)) + "Kan ik een betalingsregeling treffen?", Monday);

        Assert.Equal(Understander.PaymentArrangement, Reading.Of(understanding, IntentSettings.Default).Intent);
    }

    [Fact]
    public void ARequestAtTheStart_OfALongStory_IsUnderstood()
    {
        var understanding = TestUnderstander.Instance.Understand("Ik wil graag een medewerker spreken. " + string.Concat(Enumerable.Repeat(Story, 20)), Monday);

        Assert.Equal(Understander.HumanRequest, Reading.Of(understanding, IntentSettings.Default).Intent);
    }

    [Fact]
    public void AShortMessage_IsReadAsAWhole() =>
        Assert.Equal(Understander.PaymentArrangement,
            TestUnderstander.Instance.Understand("Ik wil even iets uitleggen. Kan ik een betalingsregeling treffen?", Monday).Intent);
}
