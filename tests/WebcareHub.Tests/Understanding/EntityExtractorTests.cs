using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class EntityExtractorTests
{
    [Theory]
    [InlineData("factuur F2026-00012", "F2026-00012")]
    [InlineData("het is f2026-00012 geloof ik", "F2026-00012")]
    [InlineData("nummer F 2026 00012", "F2026-00012")]
    [InlineData("F202600012", "F2026-00012")]
    [InlineData("ik wil factuur F2026–00007 zien", "F2026-00007")] // en dash, as phones type it
    [InlineData("F2026—00007", "F2026-00007")]
    [InlineData("F2026/00007", "F2026-00007")]
    [InlineData("2026-00012", null)]
    [InlineData("ik heb geen nummer", null)]
    public void InvoiceNumber_IsFoundInTheUsualSpellings(string text, string? expected) =>
        Assert.Equal(expected, EntityExtractor.InvoiceNumber(text));

    [Theory]
    [InlineData("ik kan € 50 per maand", 50_00L)]
    [InlineData("het is €1.000", 1_000_00L)]
    [InlineData("1.000,50 euro", 1_000_50L)]
    [InlineData("49,95 euro", 49_95L)]
    [InlineData("75,-", 75_00L)]
    [InlineData("EUR 12.5", 12_50L)]
    [InlineData("I can pay 1,250.75 euros", 1_250_75L)]
    [InlineData("ik betaal de 25e", null)]
    public void AmountCents_ReadsDutchAndEnglishNotation(string text, long? expected) =>
        Assert.Equal(expected, EntityExtractor.AmountCents(text));

    [Theory]
    [InlineData("50", 50_00L)]
    [InlineData(" 37,50 ", 37_50L)]
    [InlineData("1.000,50", 1_000_50L)]
    [InlineData("1,000.50", 1_000_50L)]
    [InlineData("1.000", 1_000_00L)]
    [InlineData("100,-", 100_00L)]
    [InlineData("50 of 60", null)]
    [InlineData("F2026-00012", null)]
    public void BareAmountCents_ReadsAnAnswerThatIsOnlyAnAmount(string text, long? expected) =>
        Assert.Equal(expected, EntityExtractor.BareAmountCents(text));

    [Theory]
    [InlineData("mijn postcode is 1234 AB", "1234 AB")]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("3032 tj", "3032 TJ")]
    [InlineData("in 2026 en daarna", null)]
    [InlineData("1234 SS", null)]
    public void Postcode_IsADutchPostcodeNotAYearAndAWord(string text, string? expected) =>
        Assert.Equal(expected, EntityExtractor.Postcode(text));

    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("bel me donderdag terug aub")]
    [InlineData("de zitting bij de kantonrechter is op 8 december")]
    [InlineData("na de intake op 2 december laat ik weten wat ik kan")]
    [InlineData("kan iemand mij woensdag bellen over de regeling?")]
    [InlineData("bel me vrijdag terug over de betalingsregeling")]
    [InlineData("de rechtszitting is op 14 januari")]
    public void Extract_TakesNoDayOfPaying_FromACallOrAnAppointment(string text)
    {
        var found = EntityExtractor.Extract(text, Today);

        Assert.Null(found.Date);
        Assert.NotNull(found.DayAsSaid);
    }

    [Theory]
    [InlineData("ik heb woensdag een afspraak bij de schuldhulp, donderdag maak ik het over", "2026-11-26")]
    [InlineData("bel me vrijdag, dan betaal ik meteen", "2026-11-27")]
    [InlineData("vrijdag bellen ze me, €40 is dan binnen", "2026-11-27")]
    [InlineData("ik bel vrijdag, dan schrijf ik het over", "2026-11-27")]
    [InlineData("afspraak bij de bank op 8 december, daarna stuur ik het geld", "2026-12-08")]
    [InlineData("ik bel vrijdag om het af te lossen", "2026-11-27")]
    public void Extract_KeepsTheDay_WhenTheMessageSpeaksOfPaying(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EntityExtractor.Extract(text, Today).Date?.Due);

    /// <summary>Asked for a day, a customer who adds "bel me eerst" still answers with that day.</summary>
    [Fact]
    public void AnswerFor_ReadsTheDayAsked_EvenBesideACall()
    {
        const string Text = "vrijdag, maar bel me eerst even";
        var understanding = new MessageUnderstanding(new IntentScores([("promise_to_pay", 0.9)]), EntityExtractor.Extract(Text, Today), Distress.None);

        Assert.Equal("2026-11-27", WebcareHub.Bot.Dialogs.DialogRunner.AnswerFor("date", understanding, Text));
    }
}
