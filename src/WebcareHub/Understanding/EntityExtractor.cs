using System.Globalization;
using System.Text.RegularExpressions;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Understanding;

/// <summary>Invoice numbers, amounts, postcodes and dates in a customer's message.</summary>
public static partial class EntityExtractor
{
    private static readonly HashSet<string> NotPostcodeLetters =
        ["SA", "SD", "SS", "EN", "IN", "OP", "DE", "IS", "TE", "AT", "OF", "ON", "TO", "JE", "IK", "WE", "ME", "NU", "EN", "AN", "OM", "ZO", "AL"];

    public static Entities Extract(string text, DateOnly today)
    {
        var said = DateRecognizer.Recognize(text, today);
        return new(InvoiceNumber(text), AmountCents(text), Postcode(text), PaymentDay(text, said)) { DayAsSaid = said };
    }

    /// <summary>
    /// The day the words name, unless it is the day of a call, a visit or a hearing in a message that says nothing of
    /// paying or money ("bel me dinsdag terug", "de zitting is op 14 januari"): that is no day of paying (unless the
    /// message reads as a promise: <see cref="Entities.ForIntent"/>).
    /// </summary>
    private static DateMention? PaymentDay(string text, DateMention? said)
    {
        if (said is null) return null;
        var normalized = DateWords.Normalize(text);
        return DatePatterns.Appointment.IsMatch(normalized) && !DatePatterns.AnyPaying.IsMatch(normalized) ? null : said;
    }

    /// <summary>"F2026-00012", also typed as "f 2026 00012", "F202600012", "F2026–00012", or "F2026/00012"; returned in the canonical form.</summary>
    public static string? InvoiceNumber(string text)
    {
        var m = InvoicePattern().Match(text);
        return m.Success ? $"F{m.Groups[1].Value}-{m.Groups[2].Value}" : null;
    }

    /// <summary>A customer number as on our letters: "K100001" (also "k 100001").</summary>
    public static string? CustomerNumber(string text)
    {
        var m = CustomerPattern().Match(text);
        return m.Success ? "K" + m.Groups[1].Value : null;
    }

    /// <summary>"€ 1.000", "1.000,50 euro", "50,-", "€49.95", "EUR 12": in cents.</summary>
    public static long? AmountCents(string text)
    {
        var m = AmountPattern().Match(text);
        if (!m.Success) return null;
        var raw = (m.Groups["a"].Success ? m.Groups["a"] : m.Groups["b"]).Value.TrimEnd('-').TrimEnd(',', '.');
        return ParseEuros(raw) is { } euros ? (long)Math.Round(euros * 100m) : null;
    }

    /// <summary>An answer that is only a number ("50", "37,50", "1.000,50", "1,000.50", "100,-"), read as euros when the question was about money.</summary>
    public static long? BareAmountCents(string text)
    {
        var m = BareNumberPattern().Match(text);
        return m.Success && ParseEuros(m.Groups[1].Value) is { } euros ? (long)Math.Round(euros * 100m) : null;
    }

    /// <summary>A Dutch postcode ("1234 AB", "1234ab"), canonical "1234 AB"; two-letter words are not taken for one.</summary>
    public static string? Postcode(string text) =>
        PostcodeMatches(text).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value.ToUpperInvariant()}").FirstOrDefault();

    /// <summary>Every Dutch postcode in a text as typed, with the same rules as <see cref="Postcode"/>.</summary>
    public static IEnumerable<Match> PostcodeMatches(string text)
    {
        foreach (Match m in PostcodePattern().Matches(text))
        {
            var letters = m.Groups[2].Value.ToUpperInvariant();
            var typedAsPostcode = m.Groups[2].Value == letters || !m.Value.Contains(' ');
            if (NotPostcodeLetters.Contains(letters) && !typedAsPostcode) continue;
            if (letters is "SA" or "SD" or "SS") continue;
            yield return m;
        }
    }

    private static decimal? ParseEuros(string raw)
    {
        var lastComma = raw.LastIndexOf(',');
        var lastDot = raw.LastIndexOf('.');
        string normalized;
        if (lastComma >= 0 && lastDot >= 0)
            normalized = lastComma > lastDot ? raw.Replace(".", "").Replace(',', '.') : raw.Replace(",", "");
        else if (lastComma >= 0)
            normalized = raw.Length - lastComma - 1 == 3 ? raw.Replace(",", "") : raw.Replace(',', '.');
        else if (lastDot >= 0)
            normalized = raw.Length - lastDot - 1 == 3 ? raw.Replace(".", "") : raw;
        else
            normalized = raw;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"\b[Kk]\s?-?\s?(\d{6})\b")]
    private static partial Regex CustomerPattern();

    // Any dash a keyboard or phone makes (–, —, ‑), a slash, dot or underscore between the parts.
    [GeneratedRegex(@"\b[Ff]\s?[-\u2010-\u2015/._]?\s?(\d{4})\s?[-\u2010-\u2015/._]?\s?(\d{5})\b")]
    private static partial Regex InvoicePattern();

    [GeneratedRegex(@"(?:€|\beur\b|\beuro\b)\s*(?<a>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?(?:,-)?)|(?<b>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:,-)?\s*(?:€|euro's|euros|euro|eur)\b|(?<b>\d+),-", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^\s*(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d{1,6}(?:[.,]\d{1,2})?)(?:,-)?\s*$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"\b([1-9]\d{3})\s?([A-Za-z]{2})\b")]
    private static partial Regex PostcodePattern();
}

/// <param name="Date">The day of paying the message names, if any.</param>
public sealed record Entities(string? InvoiceNumber, long? AmountCents, string? Postcode, DateMention? Date)
{
    public static readonly Entities None = new(null, null, null, null);

    /// <summary>The day the words name, also a day for a call or an appointment: the answer when the bot asked for a day.</summary>
    public DateMention? DayAsSaid { get; init; } = Date;

    /// <summary>
    /// These entities once the intent is known: a day beside a call or an appointment is still the day of paying
    /// when the message reads as a promise or an arrangement ("ik bel vrijdag, dan schrijf ik het over").
    /// </summary>
    public Entities ForIntent(string intent) =>
        Date is null && DayAsSaid is not null && intent is "promise_to_pay" or "payment_arrangement" ? this with { Date = DayAsSaid } : this;
}
