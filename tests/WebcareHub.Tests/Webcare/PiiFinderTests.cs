using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

public sealed class PiiFinderTests
{
    [Theory]
    [InlineData("Betaald naar NL91ABNA0417164300 gisteren", "iban", "NL91ABNA0417164300")]
    [InlineData("Rekening NL91 ABNA 0417 1643 00.", "iban", "NL91 ABNA 0417 1643 00")]
    [InlineData("vanaf BE68 5390 0754 7034", "iban", "BE68 5390 0754 7034")]
    [InlineData("Bel 06-12345678, graag", "phone", "06-12345678")]
    [InlineData("bel +31 6 1234 5678", "phone", "+31 6 1234 5678")]
    [InlineData("bel +31(0)20 123 4567", "phone", "+31(0)20 123 4567")]
    [InlineData("gsm 0470 12 34 56", "phone", "0470 12 34 56")]
    [InlineData("tel +32 2 123 45 67", "phone", "+32 2 123 45 67")]
    [InlineData("mail a.b-c@example.co.uk", "email", "a.b-c@example.co.uk")]
    [InlineData("my UK number +44 7700 900123 works", "phone", "+44 7700 900123")]
    [InlineData("Handy 0049 151 2345 6789 bitte", "phone", "0049 151 2345 6789")]
    [InlineData("bel 0 6 1 2 3 4 5 6 7 8 vanavond", "phone", "0 6 1 2 3 4 5 6 7 8")]
    [InlineData("bel (+31) 6 12345678 na vijven", "phone", "(+31) 6 12345678")]
    [InlineData("bel +31 (6) 1234 5678", "phone", "+31 (6) 1234 5678")]
    [InlineData("mobiel (0)6 12345678", "phone", "(0)6 12345678")]
    [InlineData("factuur F2026-01234 klopt niet", "invoiceNumber", "F2026-01234")]
    [InlineData("over f 2026 01234", "invoiceNumber", "f 2026 01234")]
    [InlineData("factuurnummer 2026-01234", "invoiceNumber", "2026-01234")]
    [InlineData("klant K123456 hier", "customerNumber", "K123456")]
    [InlineData("klantnummer: 654321", "customerNumber", "654321")]
    [InlineData("Ik woon op Kerkstraat 12, 1234 AB Utrecht", "address", "Kerkstraat 12, 1234 AB Utrecht")]
    [InlineData("bsn 111222333", "bsn", "111222333")]
    [InlineData("bsn 123.456.782", "bsn", "123.456.782")]
    [InlineData("geboren op 14-03-1985", "birthDate", "14-03-1985")]
    [InlineData("mijn geboortedatum (02-07-1979) klopt niet", "birthDate", "02-07-1979")]
    // Other creditors' and agencies' numbering, after its label, also with a comma or words in between.
    [InlineData("Dossiernummer 2025/4471, graag contact", "customerNumber", "2025/4471")]
    [InlineData("Dossier AB-30017, mocht iemand kijken", "customerNumber", "AB-30017")]
    [InlineData("ons kenmerk op de brief was 2026-0311-B", "customerNumber", "2026-0311-B")]
    [InlineData("Case ref XC-77120 please", "customerNumber", "XC-77120")]
    [InlineData("referentie 12-45678 op de brief", "customerNumber", "12-45678")]
    [InlineData("Klantnummer bij jullie: 3381290", "customerNumber", "3381290")]
    [InlineData("invoice INV-5531 was paid", "invoiceNumber", "INV-5531")]
    [InlineData("Factuurnr. G-40512, al betaald", "invoiceNumber", "G-40512")]
    [InlineData("factuur 2025-330172 van vorig jaar", "invoiceNumber", "2025-330172")]
    [InlineData("betaald met +++090/9337/55493+++ als mededeling", "customerNumber", "+++090/9337/55493+++")]
    [InlineData("van BE71 0961 2345 6769 op 3 mei", "iban", "BE71 0961 2345 6769")]
    [InlineData("BSN 12.34.56.782 staat in de brief", "bsn", "12.34.56.782")]
    [InlineData("mijn BSN 123-45-6782 nogmaals", "bsn", "123-45-6782")]
    [InlineData("customer no. 733 015 62 for whoever reads this", "customerNumber", "733 015 62")]
    [InlineData("mijn dossier (nr 2022-30861) is dicht", "customerNumber", "2022-30861")]
    [InlineData("het kenmerk zet ik in de omschrijving als '2023 0045 7712'", "customerNumber", "2023 0045 7712")]
    [InlineData("factuur nr. 2022-10-0731 van het waterbedrijf", "invoiceNumber", "2022-10-0731")]
    [InlineData("mijn adres: Laan van Nieuw Oost-Indie 40, Den Haag", "address", "Laan van Nieuw Oost-Indie 40")]
    [InlineData("date of birth: March 12, 1990", "birthDate", "March 12, 1990")]
    [InlineData("vanaf BE68 5390 0754 7034 voor de terugbetaling", "iban", "BE68 5390 0754 7034")]
    [InlineData("mijn bsn 1112-22-333 staat erop", "bsn", "1112-22-333")]
    [InlineData("ze vragen geb 11-12-1985 in de chat", "birthDate", "11-12-1985")]
    [InlineData("Klant nr: 5503-2279, wie helpt", "customerNumber", "5503-2279")]
    [InlineData("het gaat om debiteur 9002117 bij jullie", "customerNumber", "9002117")]
    [InlineData("Mijn energiefactuur (24-99012) klopt niet", "invoiceNumber", "24-99012")]
    [InlineData("Factuurnumer 7781-002 (typo)", "invoiceNumber", "7781-002")]
    [InlineData("nota 88/11/2024 is allang betaald", "invoiceNumber", "88/11/2024")]
    [InlineData("fact nr: 2024 - 00 - 5521B, van welke brief?", "invoiceNumber", "2024 - 00 - 5521B")]
    [InlineData("op de brief: F-2024/118.442 dus", "invoiceNumber", "F-2024/118.442")]
    [InlineData("ik woon nu op de Oude Markt 4 bus 2, 3000 Leuven", "address", "Oude Markt 4 bus 2, 3000 Leuven")]
    public void Find_FindsPersonalData(string text, string kind, string expected)
    {
        var match = Assert.Single(PiiFinder.Find(text));

        Assert.Equal((kind, expected), (match.Kind, text.Substring(match.Start, match.Length)));
    }

    [Theory]
    [InlineData("Ik heb € 250,00 overgemaakt op 12-11-2026")]
    [InlineData("Het bedrag van € 1.234,56 klopt")]
    [InlineData("Rekening NL91ABNA0417164301 (een cijfer fout)")]
    [InlineData("ordernummer 123456789")]
    [InlineData("Op 01-02-2026 kreeg ik een brief")]
    [InlineData("Geldfit 0800-8115 hielp me")]
    [InlineData("De brief van 12.11.2026, betalen voor 26.11.2026")]
    [InlineData("Ik wacht al 3 weken op antwoord")]
    [InlineData("Betalingskenmerk 5000 1234 5678 9012")]
    [InlineData("Mijn verjaardag is volgende week")]
    [InlineData("factuur 2024 staat nog open")]
    [InlineData("Dat scheelt +40 euro en 00 44 keer bellen")]
    [InlineData("de score was 0 1 2 3 4 5 6 7 8 9 10")]
    [InlineData("ons kenmerk van 12-03-2026")]
    [InlineData("de factuur van 2026-03-12 klopt niet")]
    [InlineData("mijn dossier staat al 12 weken open, 2 keer gebeld")]
    [InlineData("Bel het algemene nummer 088 123 4567")]
    [InlineData("Waarom staat er 'F2026-0' op mijn brief?")]
    [InlineData("in case 3 people ask: factuur van € 1200,50")]
    public void Find_LeavesLookAlikesAlone(string text)
    {
        Assert.Empty(PiiFinder.Find(text));
    }
}
