using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Understanding.Dates;

/// <summary>
/// Puts typos in the words dates are made of right before the rules read them: "vrijdga", "dinsdg", "januri",
/// "morgn", "thursdy", and chat shorthand ("mrgn", "dgn"). A word one letter off (missing, extra, wrong or two swapped, never the first) from a
/// weekday, month or relative day of six letters or more is read as that word.
/// </summary>
internal static class Spelling
{
    /// <summary>Real words one letter away from a date word, which must stay themselves.</summary>
    private static readonly HashSet<string> Keep = ["morgens", "borgen", "zorgen", "vandaar", "vandaan", "volgens", "volgen", "marge", "maanden",
        "mogen", "achtte", "zevenden", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"];

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

    public static string Correct(string word)
    {
        if (Shorthand.TryGetValue(word, out var full)) return full;
        if (Known.Contains(word) || Keep.Contains(word)) return word;
        foreach (var candidate in DateWordsToFix)
        {
            if (candidate[0] == word[0] && PhraseVocabulary.IsOneEditAway(word, candidate)) return candidate;
        }
        return word;
    }
}
