using System.Globalization;
using System.Text.RegularExpressions;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Webcare;

/// <summary>
/// Numbers written out word by word to keep them from harvesters or read aloud: "nul zes, twee vier, negen één",
/// "achtentwintig-nul-negen-zes-één-vijf", "zero six one two". Each word is one number from 0 to 999.
/// </summary>
public static partial class SpokenDigits
{
    /// <summary>
    /// Runs of at least three numbers, one or more of them in words, with only spaces, commas or dashes between them
    /// ("nul zes - 28 73 19 40", "06 14 zeven 7 33 81"): where, and their digits.
    /// </summary>
    public static IEnumerable<(int Start, int Length, string Digits)> Runs(string text)
    {
        foreach (Match m in Run().Matches(text))
        {
            var tokens = Token().Matches(m.Value).Select(t => t.Value).ToList();
            if (tokens.All(t => char.IsDigit(t[0]))) continue;
            yield return (m.Index, m.Length, string.Concat(tokens.Select(t => char.IsDigit(t[0]) ? t : Value(t)?.ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>
    /// The number one word names ("achtentwintig" → 28, "één" → 1, "honderdveertien" → 114), or null: zero and the
    /// hundreds here, 1 to 99 from the date reader's number words.
    /// </summary>
    public static int? Value(string word)
    {
        var w = word.ToLowerInvariant().Replace('é', 'e').Replace('ë', 'e');
        if (w is "nul" or "zero" or "oh") return 0;
        var hundred = w.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred < 0) return DateWords.Cardinal(w);
        var times = hundred == 0 ? 1 : DateWords.Cardinal(w[..hundred]);
        var rest = w[(hundred + "honderd".Length)..];
        if (rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2) rest = rest[2..];
        var below = rest.Length == 0 ? 0 : DateWords.Cardinal(rest);
        return times is >= 1 and <= 9 && below is not null ? times * 100 + below : null;
    }

    // Longest first: "eenentwintig" before "een", "zeventien" before "zeven", "negentig" before "negen".
    internal const string NumberWord = @"(?<!\p{L})(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|(?:der|veer|vijf|zes|zeven|acht|negen)tien|tien|elf|twaalf|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)?|(?:(?:een|één|twee|tweeë|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|(?:der|veer|vijf|zes|zeven|acht|negen)tien|tien|elf|twaalf|nul|e[eé]n|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|five|six|seven|eight|nine)(?!\p{L})";

    private const string NumberToken = @"(?:" + NumberWord + @"|(?<![\d.,€])\d{1,4}(?![\d]|[.,]\d))";

    [GeneratedRegex(NumberToken + @"(?:[\s,\-–]{1,3}" + NumberToken + @"){2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Run();

    [GeneratedRegex(NumberToken, RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
