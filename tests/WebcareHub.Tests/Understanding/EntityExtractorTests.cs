using WebcareHub.Understanding;

namespace WebcareHub.Tests.Understanding;

public sealed class EntityExtractorTests
{
    [Theory]
    [InlineData("factuur F2026-00012", "F2026-00012")]
    [InlineData("het is f2026-00012 geloof ik", "F2026-00012")]
    [InlineData("nummer F 2026 00012", "F2026-00012")]
    [InlineData("F202600012", "F2026-00012")]
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
}
