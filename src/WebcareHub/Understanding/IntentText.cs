using Lucene.Net.Tartarus.Snowball.Ext;

namespace WebcareHub.Understanding;

/// <summary>
/// A message in the form the intent model learns from: simplified words, Dutch stems (so "betalingen",
/// "betaling" and "betaal" meet), and markers for what the entities found ("a date", "an amount", "an
/// invoice number") instead of the digits themselves, so "ik betaal de 25e" is near "ik betaal vrijdag".
/// </summary>
public static class IntentText
{
    [ThreadStatic] private static DutchStemmer? _stemmer;

    public static string Prepare(string text, Entities entities)
    {
        var stemmer = _stemmer ??= new DutchStemmer();
        var words = new List<string>();
        foreach (var word in TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsDigit)) continue;
            stemmer.SetCurrent(word.Replace("'", "", StringComparison.Ordinal));
            stemmer.Stem();
            var stem = stemmer.Current;
            if (stem.Length > 0) words.Add(stem);
        }
        if (entities.Date is { NamesADay: true }) words.Add("xdatex");
        if (entities.AmountCents is not null) words.Add("xamountx");
        if (entities.InvoiceNumber is not null) words.Add("xinvoicex");
        if (ContainsEmoji(text)) words.Add("xemojix");
        return string.Join(' ', words);
    }

    private static bool ContainsEmoji(string text) => text.EnumerateRunes().Any(r => r.Value >= 0x1F300);
}
