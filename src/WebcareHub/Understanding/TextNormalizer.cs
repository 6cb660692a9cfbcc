using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebcareHub.Understanding;

/// <summary>
/// Lower case, no accents, letters and digits only: the form intents and distress words are compared in. An apostrophe
/// stays inside a word ("don't", "m'n") and in the short forms "'k", "'t", "'s"; one used as a quotation mark
/// ("'overleden'", typed or curly) is dropped.
/// </summary>
public static partial class TextNormalizer
{
    private static readonly HashSet<string> ShortForms = ["k", "t", "s", "n", "m", "r", "ie", "em", "ns"];

    public static string Simplify(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch) || IsApostrophe(ch))
            {
                builder.Append(IsApostrophe(ch) ? '\'' : ch);
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        var simple = builder.ToString().Trim();
        return simple.Contains('\'', StringComparison.Ordinal) ? string.Join(' ', simple.Split(' ').Select(WithoutQuotes).Where(w => w.Length > 0)) : simple;
    }

    /// <summary>A dotted abbreviation becomes one word ("z.s.m." → "zsm", "i.v.m." → "ivm"), so that its dots neither
    /// split it into letters nor end a clause.</summary>
    public static string JoinAbbreviations(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? DottedAbbreviation().Replace(text, m => m.Value.Replace(".", "", StringComparison.Ordinal)) : text;

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])")]
    private static partial Regex DottedAbbreviation();

    /// <summary>Written mostly in capitals: at least ten letters, 70 % or more of them upper case (shouting).</summary>
    public static bool MostlyCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 10 && letters.Count(char.IsUpper) >= letters.Count * 0.7;
    }

    private static bool IsApostrophe(char ch) => ch is '\'' or '’' or '‘' or '`' or '´';

    private static string WithoutQuotes(string word)
    {
        var inner = word.TrimEnd('\'');
        var bare = inner.TrimStart('\'');
        return bare.Length < inner.Length && ShortForms.Contains(bare) ? "'" + bare : bare;
    }
}
