using System.Text.RegularExpressions;

namespace WebcareHub.Webcare;

/// <summary>
/// Numbers written out word by word to keep them from harvesters or read aloud: "nul zes, twee vier, negen één",
/// "achtentwintig-nul-negen-zes-één-vijf", "zero six one two". Each word is one number from 0 to 99.
/// </summary>
public static partial class SpokenDigits
{
    private static readonly string[] Units = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
    private static readonly string[] Teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
    private static readonly string[] Tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
    private static readonly string[] English = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

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
            yield return (m.Index, m.Length, string.Concat(tokens.Select(t => char.IsDigit(t[0]) ? t : Value(t))));
        }
    }

    /// <summary>The digits of one number word ("achtentwintig" → "28", "één" → "1"), or null.</summary>
    public static string? Value(string word)
    {
        var w = word.ToLowerInvariant().Replace('é', 'e').Replace('ë', 'e');
        if (w == "oh") return "0";
        var unit = Array.IndexOf(Units, w);
        if (unit >= 0) return unit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        unit = Array.IndexOf(English, w);
        if (unit >= 0) return unit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var teen = Array.IndexOf(Teens, w);
        if (teen >= 0) return (10 + teen).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hundred = w.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred >= 0)
        {
            var times = hundred == 0 ? 1 : Array.IndexOf(Units, w[..hundred]);
            var rest = w[(hundred + 7)..];
            if (rest.StartsWith("en", StringComparison.Ordinal) && rest.Length > 2) rest = rest[2..];
            var below = rest.Length == 0 ? "0" : Value(rest);
            if (times < 1 || below is null) return null;
            return (times * 100 + int.Parse(below, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        for (var t = 2; t < Tens.Length; t++)
        {
            if (w == Tens[t]) return (t * 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!w.EndsWith("en" + Tens[t], StringComparison.Ordinal)) continue;
            var u = Array.IndexOf(Units, w[..^(Tens[t].Length + 2)]);
            if (u > 0) return (t * 10 + u).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return null;
    }

    // Longest first: "eenentwintig" before "een", "zeventien" before "zeven", "negentig" before "negen".
    internal const string NumberWord = @"(?<!\p{L})(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|(?:der|veer|vijf|zes|zeven|acht|negen)tien|tien|elf|twaalf|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)?|(?:(?:een|één|twee|tweeë|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|(?:der|veer|vijf|zes|zeven|acht|negen)tien|tien|elf|twaalf|nul|e[eé]n|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|oh|one|two|three|four|five|six|seven|eight|nine)(?!\p{L})";

    private const string NumberToken = @"(?:" + NumberWord + @"|(?<![\d.,€])\d{1,4}(?![\d]|[.,]\d))";

    [GeneratedRegex(NumberToken + @"(?:[\s,\-–]{1,3}" + NumberToken + @"){2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Run();

    [GeneratedRegex(NumberToken, RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
