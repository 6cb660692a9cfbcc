using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Understanding.Dates;

/// <summary>
/// Puts typos in the words dates are made of right before the rules read them: "vrijdga", "dinsdg", "januri",
/// "morgn", "thursdy", and chat shorthand ("mrgn", "dgn"). A word one letter off (missing, extra, wrong or two swapped, never the first) from a
/// weekday, month or relative day of six letters or more is read as that word, also after spelling by ear is undone
/// ("vrydag", "dinsdach", "febuarie"); a five-letter month only with a doubled or swapped letter ("maaart", "apirl").
/// </summary>
internal static class Spelling
{
    /// <summary>Real words one letter away from a date word, which must stay themselves.</summary>
    private static readonly HashSet<string> Keep = ["morgens", "borgen", "zorgen", "vandaar", "vandaan", "volgens", "volgen", "marge", "maanden",
        "mogen", "achtte", "zevenden", "marat", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"];

    private static readonly string[] DateWordsToFix = DateWords.WeekdayNames.Select(w => w.Name)
        .Concat(DateWords.MonthNames.Select(m => m.Name))
        .Concat(["morgen", "overmorgen", "vandaag", "volgende", "aanstaande", "tomorrow", "volgend", "komende", "eerstvolgende"])
        .Concat(DateWords.LongDutchOrdinals)
        .Where(w => w.Length >= 6)
        .Distinct()
        .ToArray();

    private static readonly HashSet<string> Known = [.. DateWordsToFix];

    /// <summary>Chat shorthand without vowels: "mrgn", "vndg", "over 5 dgn".</summary>
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["mrgn"] = "morgen", ["vndg"] = "vandaag", ["vdg"] = "vandaag", ["dgn"] = "dagen", ["wkn"] = "weken", ["mndn"] = "maanden",
        ["ovmrgn"] = "overmorgen", ["vlgnde"] = "volgende", ["vlgd"] = "volgende", ["vlg"] = "volgende", ["vlgende"] = "volgende",
        ["tmrw"] = "tomorrow", ["tmrrw"] = "tomorrow", ["tmr"] = "tomorrow", ["xmas"] = "christmas",
    };

    /// <summary>Month names too short for any one-letter slip; only a doubled or swapped letter is read ("maaart", "apirl").</summary>
    private static readonly string[] ShortMonths = DateWords.MonthNames.Select(m => m.Name).Where(w => w.Length == 5).ToArray();

    public static string Correct(string word)
    {
        if (Shorthand.TryGetValue(word, out var full)) return full;
        if (Known.Contains(word) || Keep.Contains(word)) return word;
        foreach (var spelled in SpelledByEar(word))
        {
            if (Known.Contains(spelled)) return spelled;
            foreach (var candidate in DateWordsToFix)
            {
                if (candidate[0] == spelled[0] && PhraseVocabulary.IsOneEditAway(spelled, candidate)) return candidate;
            }
        }
        return ShortMonths.FirstOrDefault(month => month[0] == word[0] && (Doubled(word, month) || Swapped(word, month))) ?? word;
    }

    /// <summary>
    /// The word, then as written by ear: "y" for "ij" ("vrydag"), "ch" for a final "g" ("dinsdach"), "ie" for a final
    /// "i" ("febuarie", "januwarie"), so that one more slip can still be read.
    /// </summary>
    private static IEnumerable<string> SpelledByEar(string word)
    {
        yield return word;
        if (word.Length < 5) yield break;
        var heard = word.Replace("y", "ij", StringComparison.Ordinal);
        if (heard.EndsWith("ach", StringComparison.Ordinal)) heard = heard[..^2] + "g";
        if (heard.EndsWith("arie", StringComparison.Ordinal)) heard = heard[..^1];
        if (heard != word) yield return heard;
    }

    /// <summary>The month with one of its letters (not the first) written twice: "maaart", "aprill".</summary>
    private static bool Doubled(string word, string month) =>
        Enumerable.Range(1, month.Length).Any(i => word == month[..i] + month[i - 1] + month[i..]);

    /// <summary>The month with two neighbouring letters (not the first) swapped: "apirl".</summary>
    private static bool Swapped(string word, string month) =>
        Enumerable.Range(1, month.Length - 2).Any(i => word == month[..i] + month[i + 1] + month[i] + month[(i + 2)..]);
}
