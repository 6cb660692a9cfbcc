using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

/// <summary>A day beside a call, an appointment or opening hours: the day of paying only when the message reads as a promise.</summary>
public sealed class PaymentDayTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("zaterdag komt mijn loon, dan is het geregeld, bel me maar als er vragen zijn", "2026-12-05")]
    [InlineData("I'll call you Friday and settle it", "2026-12-04")]
    [InlineData("de factuur staat nog open, vrijdag maak ik het over", "2026-12-04")]
    [InlineData("zijn jullie morgen open? dan kom ik het bedrag betalen", "2026-12-01")]
    [InlineData("goedemorgen, de rest betaal ik morgen", "2026-12-01")]
    public void APromise_KeepsItsDay_BesideACall(string text, string expected)
    {
        var read = TestUnderstander.Instance.Understand(text, Monday);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), read.Entities.Date?.Due);
    }

    [Theory]
    [InlineData("bel me dinsdag terug aub, ik wil met een medewerker praten")]
    [InlineData("de zitting bij de kantonrechter is op 14 januari, wat moet ik doen?")]
    [InlineData("zijn jullie morgen gewoon open?")]
    [InlineData("tot hoe laat zitten jullie er vandaag?")]
    [InlineData("What time do you open tomorrow?")]
    [InlineData("terugbelverzoek voor morgen tussen 9 en 12")]
    [InlineData("Goede morgen, u spreekt met mevrouw Bakker")]
    [InlineData("goeie morgen, ik heb een vraag over mijn dossier")]
    public void ACallOrAHearing_IsNoDayOfPaying(string text)
    {
        var read = TestUnderstander.Instance.Understand(text, Monday);

        Assert.Null(read.Entities.Date);
    }
}
