using WebcareHub.Handoff;

namespace WebcareHub.Tests.Handoff;

/// <summary>The customer's proof for the bot's check is hidden from staff, in digits or in words; the rest of their words are not.</summary>
public sealed class VerificationWindowTests
{
    private static readonly VerificationWindow[] Open = [new() { HandoffId = 1, AfterSequence = 10 }];

    [Theory]
    [InlineData("F2026-00012")]
    [InlineData("1234 AB")]
    [InlineData("12-03-1978")]
    [InlineData("twaalf maart negentienachtenzeventig")]
    [InlineData("twaalfde maart negentienhonderdachtenzeventig")]
    [InlineData("mijn postcode is twaalf vierendertig a b")]
    [InlineData("klantnummer acht zeven zes vijf vier drie")]
    [InlineData("the twelfth of March nineteen-seventy-eight")]
    [InlineData("één twee drie vier AB")]
    [InlineData("twaalf-maart-negentienachtenzeventig")]
    [InlineData("duizend tweehonderdvierendertig AB")]
    [InlineData("de tweede maart")]
    [InlineData("⁸⁸²¹³⁴⁰⁷")]
    [InlineData("𝟖𝟖𝟐𝟏𝟑𝟒𝟎𝟕")]
    public void AShortAnswerWithANumber_InDigitsOrWords_IsHidden(string text)
    {
        Assert.True(VerificationWindow.IsProof(text));
        Assert.Null(VerificationWindow.ForStaff(Open, 11, "user", text));
    }

    [Theory]
    [InlineData("mijn factuurnummer is F2026-00012, dat staat op de brief van vorige week", "mijn factuurnummer is •••, dat staat op de brief van vorige week")]
    [InlineData("ik ben geboren op twaalf maart negentienachtenzeventig maar dat weten jullie toch al lang", "ik ben geboren op ••• ••• ••• maar dat weten jullie toch al lang")]
    [InlineData("mijn postcode is 1234 AB en is dat genoeg om verder te gaan", "mijn postcode is ••• ••• en is dat genoeg om verder te gaan")]
    [InlineData("mijn postcode is 1234 a b en is dat genoeg om verder te gaan", "mijn postcode is ••• ••• ••• en is dat genoeg om verder te gaan")]
    [InlineData("ik zie het echt niet meer zitten, ik wil er een eind aan maken", "ik zie het echt niet meer zitten, ik wil er een eind aan maken")]
    [InlineData("mijn klantnummer is nul zes een twee en verder weet ik het ook niet meer", "mijn klantnummer is ••• ••• ••• ••• en verder weet ik het ook niet meer")]
    [InlineData("mijn nummer staat hier: ⁸⁸²¹³⁴⁰⁷ en meer heb ik er niet van gemaakt", "mijn nummer staat hier: ••• en meer heb ik er niet van gemaakt")]
    public void ALongerLine_IsShownWithItsNumbersMasked(string text, string shown)
    {
        Assert.False(VerificationWindow.IsProof(text));
        Assert.Equal(shown, VerificationWindow.ForStaff(Open, 11, "user", text));
    }

    [Theory]
    [InlineData(10, "user")] // before the check began
    [InlineData(11, "bot")] // the bot's own question
    public void OutsideTheWindowOrNotTheCustomers_IsShownAsWritten(long sequence, string role)
    {
        Assert.Equal("1234 AB", VerificationWindow.ForStaff(Open, sequence, role, "1234 AB"));
    }

    [Theory]
    [InlineData("wat moet ik nu invullen?")]
    [InlineData("ik wil een regeling")]
    [InlineData("hoe lang duurt dit nog")]
    [InlineData("ik ben ten einde raad")] // a crisis signal the agent must read
    [InlineData("deze staat ten onrechte op mijn naam")]
    [InlineData("dit is de eerste keer")]
    [InlineData("ik heb twee kinderen")]
    public void WordsWithoutANumber_AreNoProof(string text) => Assert.False(VerificationWindow.IsProof(text));
}
