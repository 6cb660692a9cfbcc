using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>
/// A yes binds (a payment promise, an arrangement), so only a clear one counts; the gentle crisis question reads a hedge
/// as a yes, because 113 and a person are the safe answer when unsure (review of round 44).
/// </summary>
public sealed class YesNoTests
{
    [Theory]
    [InlineData("ja hoor", "yes")]
    [InlineData("klopt", "yes")]
    [InlineData("nee dank je", "no")]
    [InlineData("denk het wel, als mijn salaris op tijd binnen is", null)]
    [InlineData("soms wel", null)]
    [InlineData("ik denk het wel niet", null)]
    [InlineData("misschien", null)]
    public void Read_TakesOnlyAClearYesOrNo(string text, string? expected) => Assert.Equal(expected, YesNo.Read(text));

    [Theory]
    [InlineData("ja", "yes")]
    [InlineData("nee, gelukkig niet", "no")]
    [InlineData("denk het wel", "yes")]
    [InlineData("soms", "yes")]
    [InlineData("misschien wel, ik weet het niet meer", "yes")]
    [InlineData("I don't know", "yes")]
    [InlineData("ik denk het wel niet", null)]
    [InlineData("laat maar", "declined")]
    [InlineData("ik wil er niet over praten", "declined")]
    [InlineData("stop met vragen, ja ik denk eraan", "yes")]
    [InlineData("ik wil gewoon een betalingsregeling", null)]
    [InlineData("not sure", "yes")]
    [InlineData("nee, soms wel", "yes")]
    [InlineData("eigenlijk wel", "yes")]
    [InlineData("liever niet", "declined")]
    [InlineData("nee laat maar", "declined")]
    [InlineData("ik denk het niet", "no")]
    [InlineData("nee", "no")]
    public void ReadConcern_TakesAHedgeAsYes_AndARefusalAsDeclined(string text, string? expected) =>
        Assert.Equal(expected, YesNo.ReadConcern(text));
}
