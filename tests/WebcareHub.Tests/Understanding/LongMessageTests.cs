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

    /// <summary>A story about a contract that was not renewed reads like a dispute as a whole; its closing request is clear.</summary>
    [Theory]
    [InlineData("Hoeveel moet ik nog betalen? Alvast bedankt, groet Anna.", "invoice_lookup")]
    [InlineData("Ik wil nu graag met een medewerker praten.", Understander.HumanRequest)]
    [InlineData("Kan ik een betalingsregeling treffen?", Understander.PaymentArrangement)]
    public void AClearRequestAfterAStory_SpeaksOverAFairlySureReadingOfTheStory(string request, string intent)
    {
        const string Move = "We zijn vorig jaar verhuisd naar een kleiner huis en het contract van mijn werk werd niet verlengd. ";
        var understanding = TestUnderstander.Instance.Understand(string.Concat(Enumerable.Repeat(Move, 8)) + request, Monday);

        Assert.Equal(intent, Reading.Of(understanding, IntentSettings.Default).Intent);
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

    /// <summary>A crisis signal in the middle of an overlong message (beyond the start and end that are read for the request).</summary>
    [Theory]
    [InlineData(30)]
    [InlineData(300)]
    public void ACrisisSignal_InTheMiddleOfALongMessage_IsNoticed(int sentences)
    {
        const string Move = "We zijn vorig jaar verhuisd naar een kleiner huis en het contract van mijn werk werd niet verlengd. ";
        var text = string.Concat(Enumerable.Repeat(Move, sentences)) + "Eerlijk gezegd wil ik er niet meer zijn en heb ik de pillen al klaarliggen. "
            + string.Concat(Enumerable.Repeat(Move, sentences));

        Assert.True(text.Length > Understander.MaxReadLength);
        Assert.Equal(CrisisSignal.Likely, TestUnderstander.Instance.Understand(text, Monday).Distress.Signal);
    }
}
