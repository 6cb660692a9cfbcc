using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WebcareHub.Understanding.Dates;

/// <summary>
/// Vocabulary of the date recogniser (Dutch and English) and the normaliser that turns a sentence into the
/// form the rules read: lower case, straight quotes, number words as digits ("tweeëntwintigste" → "22e").
/// </summary>
internal static partial class DateWords
{
    public static readonly (string Name, int Month)[] MonthNames =
    [
        ("januari", 1), ("january", 1), ("februari", 2), ("february", 2), ("maart", 3), ("march", 3), ("april", 4),
        ("mei", 5), ("may", 5), ("juni", 6), ("june", 6), ("juli", 7), ("july", 7), ("augustus", 8), ("august", 8),
        ("september", 9), ("oktober", 10), ("october", 10), ("november", 11), ("december", 12),
    ];

    public static readonly (string Name, int Month)[] MonthAbbreviations =
    [
        ("jan", 1), ("feb", 2), ("mrt", 3), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sept", 9), ("sep", 9), ("okt", 10), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    public static readonly (string Name, DayOfWeek Day)[] WeekdayNames =
    [
        ("maandag", DayOfWeek.Monday), ("dinsdag", DayOfWeek.Tuesday), ("woensdag", DayOfWeek.Wednesday),
        ("donderdag", DayOfWeek.Thursday), ("vrijdag", DayOfWeek.Friday), ("zaterdag", DayOfWeek.Saturday),
        ("zondag", DayOfWeek.Sunday), ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday),
        ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday),
        ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
        // Abbreviations that are not also everyday words ("ma", "do", "zo" and "zat" are).
        ("di", DayOfWeek.Tuesday), ("wo", DayOfWeek.Wednesday), ("vr", DayOfWeek.Friday), ("za", DayOfWeek.Saturday),
        ("tue", DayOfWeek.Tuesday), ("tues", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday),
        ("thu", DayOfWeek.Thursday), ("thur", DayOfWeek.Thursday), ("thurs", DayOfWeek.Thursday), ("fri", DayOfWeek.Friday),
        ("sat", DayOfWeek.Saturday), ("woe", DayOfWeek.Wednesday), ("dond", DayOfWeek.Thursday), ("donderd", DayOfWeek.Thursday),
        ("vrijd", DayOfWeek.Friday),
        // Limburg and other dialect spellings ("ich betaol 't vriedig"); not "zondig", which is "sinful".
        ("maondig", DayOfWeek.Monday), ("maondag", DayOfWeek.Monday), ("dinsdig", DayOfWeek.Tuesday), ("goonsdig", DayOfWeek.Wednesday),
        ("woonsdig", DayOfWeek.Wednesday), ("donderdig", DayOfWeek.Thursday), ("vriedig", DayOfWeek.Friday), ("vriedag", DayOfWeek.Friday),
        ("zaoterdig", DayOfWeek.Saturday), ("zaoterdag", DayOfWeek.Saturday),
    ];

    /// <summary>Plural weekday nouns for "over twee zondagen".</summary>
    public static readonly (string Name, DayOfWeek Day)[] WeekdayPlurals =
    [
        ("maandagen", DayOfWeek.Monday), ("dinsdagen", DayOfWeek.Tuesday), ("woensdagen", DayOfWeek.Wednesday),
        ("donderdagen", DayOfWeek.Thursday), ("vrijdagen", DayOfWeek.Friday), ("zaterdagen", DayOfWeek.Saturday),
        ("zondagen", DayOfWeek.Sunday), ("mondays", DayOfWeek.Monday), ("tuesdays", DayOfWeek.Tuesday),
        ("wednesdays", DayOfWeek.Wednesday), ("thursdays", DayOfWeek.Thursday), ("fridays", DayOfWeek.Friday),
        ("saturdays", DayOfWeek.Saturday), ("sundays", DayOfWeek.Sunday),
    ];

    /// <summary>Named days, longest first so "nieuwjaarsdag" wins over "nieuwjaar".</summary>
    public static readonly (string Phrase, string Key)[] HolidayNames =
    [
        ("1e kerstdag", "christmas"), ("2e kerstdag", "boxing-day"), ("kerstavond", "christmas-eve"), ("kerstmis", "christmas"),
        ("kerstdagen", "christmas"), ("kerstdag", "christmas"), ("kerst", "christmas"), ("nieuwjaarsdag", "new-year"), ("nieuwjaar", "new-year"),
        ("oudejaarsavond", "new-years-eve"), ("oudjaarsavond", "new-years-eve"), ("oudejaarsdag", "new-years-eve"),
        ("oudjaarsdag", "new-years-eve"), ("oud en nieuw", "new-years-eve"), ("oudjaar", "new-years-eve"),
        ("1e paasdag", "easter"), ("paaszondag", "easter"), ("2e paasdag", "easter-monday"), ("paasmaandag", "easter-monday"),
        ("pasen", "easter"), ("goede vrijdag", "good-friday"), ("hemelvaartsdag", "ascension"), ("hemelvaart", "ascension"),
        ("1e pinksterdag", "whit-sunday"), ("2e pinksterdag", "whit-monday"), ("pinkstermaandag", "whit-monday"),
        ("pinksteren", "whit-sunday"), ("koningsdag", "kings-day"), ("bevrijdingsdag", "liberation-day"),
        ("sinterklaasavond", "sinterklaas"), ("pakjesavond", "sinterklaas"), ("sinterklaas", "sinterklaas"),
        ("christmas day", "christmas"), ("christmas eve", "christmas-eve"), ("christmas", "christmas"), ("boxing day", "boxing-day"),
        ("new year's day", "new-year"), ("new years day", "new-year"), ("new year's eve", "new-years-eve"),
        ("new years eve", "new-years-eve"), ("new year", "new-year"), ("easter monday", "easter-monday"),
        ("easter sunday", "easter"), ("easter", "easter"), ("good friday", "good-friday"), ("ascension day", "ascension"),
        ("whit monday", "whit-monday"), ("whit sunday", "whit-sunday"), ("pentecost", "whit-sunday"),
        ("king's day", "kings-day"), ("kings day", "kings-day"), ("liberation day", "liberation-day"),
        ("driekoningen", "epiphany"), ("drie koningen", "epiphany"), ("epiphany", "epiphany"),
        ("valentijnsdag", "valentine"), ("valentijn", "valentine"), ("valentine's day", "valentine"), ("valentines day", "valentine"),
    ];

    private static readonly string[] DutchUnits = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
    private static readonly string[] DutchTeens =
        ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
    private static readonly string[] DutchTens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
    private static readonly string[] EnglishUnits = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] EnglishTeens =
        ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] EnglishUnitOrdinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] EnglishTeenOrdinals =
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    /// <summary>Word → number for 1–99 (Dutch and English cardinals), and word → number for ordinals 1–31.</summary>
    private static readonly Dictionary<string, int> Cardinals = BuildCardinals();
    private static readonly Dictionary<string, int> Ordinals = BuildOrdinals();
    private static readonly Regex NumberWord = BuildNumberWordRegex();

    /// <summary>A Dutch or English cardinal from 1 to 99 written as one word, lower case without diaeresis ("tweeentwintig", "forty-two"); null otherwise.</summary>
    public static int? Cardinal(string word) => Cardinals.TryGetValue(word, out var n) ? n : null;

    /// <summary>
    /// Whether one lower-case word names a number: a cardinal 1–99, an ordinal 1–31 ("twaalfde"), zero, or a year in
    /// words ("negentienachtenzeventig", "negentienhonderdtachtig", "tweeduizendtwee", "nineteen-eighty").
    /// </summary>
    public static bool IsNumberWord(string word)
    {
        if (word is "nul" or "zero" || Cardinals.ContainsKey(word) || Ordinals.ContainsKey(word)) return true;
        foreach (var century in (string[])["negentienhonderd", "negentien", "tweeduizend", "nineteen-", "nineteen", "two-thousand-", "twothousand"])
            if (word.StartsWith(century, StringComparison.Ordinal) && word.Length > century.Length
                && (Cardinals.ContainsKey(word[century.Length..]) || word[century.Length..] == "honderd"))
                return true;
        return word == "tweeduizend";
    }

    public static string Normalize(string text)
    {
        var s = text.ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').Replace('´', '\'')
            .Replace("vóór", "voor-strikt").Replace("één", "een").Replace("ë", "e").Replace("é", "e");
        // Dictated weekdays in two words ("ik betaal het vrij dag").
        s = SplitWeekday().Replace(s, "$1dag");
        s = Word().Replace(s, m => Spelling.Correct(m.Value));
        // A day that comes back every month or week ("de 1e van elke maand", "every Friday") is no single day.
        s = Recurring().Replace(s, "elke keer");
        // "twee weekjes", "een paar daagjes": the diminutive is the unit.
        s = Diminutive().Replace(s, m => m.Groups[1].Value switch { "week" => "weken", "daag" => "dagen", _ => "maanden" });
        s = SingleDiminutive().Replace(s, m => m.Groups[1].Value);
        // Hurried forms: "29dec" and "4jan", "14\\12", "10;12", "13_12", "a.s.", "anderhalve week".
        s = GluedDayMonth().Replace(s, "$1 $2");
        s = OddSeparator().Replace(s, "$1/$2");
        s = s.Replace("a.s.", "aanstaande", StringComparison.Ordinal);
        s = VanDe().Replace(s, "van de");
        s = HalfAgain().Replace(s, m => m.Groups["unit"].Value.StartsWith("we", StringComparison.Ordinal) ? "10 dagen" : "6 weken");
        // "tweeënhalve week" (the diaeresis is gone by now): two and a half weeks, counted in whole days.
        s = WeeksAndAHalf().Replace(s, m => (m.Groups["n"].Value switch { "twee" => 17, "drie" => 24, _ => 31 }).ToString(CultureInfo.InvariantCulture) + " dagen");
        // "binnen 'n dag of twee": an article written short.
        s = ShortArticle().Replace(s, "een ");
        // "zat" is a verb and a word ("ik zat", "het zat zijn"); as Saturday only after a word of when, or as "zat."
        // when no pronoun stands before it ("ik ben het zat." is no Saturday).
        s = SaturdayShort().Replace(s, "zaterdag");
        s = YearWords().Replace(s, m => (2000 + (m.Groups[1].Success ? Cardinals[m.Groups[1].Value] : 0)).ToString(CultureInfo.InvariantCulture));
        s = NumberWord.Replace(s, m =>
        {
            var word = m.Value;
            if (Ordinals.TryGetValue(word, out var ordinal)) return ordinal + "e";
            var value = Cardinals[word];
            // "een"/"one" are articles too and "ten" is Dutch ("ten laatste"): read them as numbers only
            // before a unit ("een week", "one day", "ten days").
            if ((value == 1 || word == "ten") && !IsFollowedByUnit(s, m.Index + m.Length)) return word;
            return value.ToString(CultureInfo.InvariantCulture);
        });
        s = AnArticleBeforeUnit().Replace(s, "1 $1");
        // "over een week of twee", "binnen een dag of vijf", "a week or 2-3": about that many, read as the most.
        s = UnitOrSo().Replace(s, m => m.Groups["most"].Value + " " + Plural(m.Groups["unit"].Value));
        // Flemish "binnen de veertien dagen", "binnen de week".
        s = WithinThe().Replace(s, m => m.Groups["n"].Success ? "binnen " + m.Groups["n"].Value : "binnen 1 ");
        s = DigitOrdinal().Replace(s, "$1e");
        // "vrijdag de 2e termijn", "money from my second job": an ordinal that counts a thing is no day of the month.
        s = CountedThing().Replace(s, "$1");
        // "twee weken uitstel", "uitstel van 6 weken", "a 2 week extension": that long from today.
        s = Postponement().Replace(s, m => "over " + m.Groups["n"].Value + " " + m.Groups["unit"].Value[0] switch
        {
            'd' => "dagen",
            'w' => "weken",
            _ => "maanden",
        });
        // "3 febr", "1 maat" (a dropped letter of maart beside a day), "het nieuwe jaar".
        s = ShortFebruary().Replace(s, "$1 februari");
        s = DroppedMarch().Replace(s, "$1 maart");
        s = NewYear().Replace(s, m => m.Groups["after"].Success ? "na nieuwjaar" : m.Groups["before"].Success ? "voor januari" : "januari");
        // "voor januari", "before March": by the end of the month before (its last day, leap years included, is
        // found with the year when the words are read).
        s = BeforeAMonth().Replace(s, m =>
        {
            var month = MonthNames.First(n => n.Name == m.Groups["month"].Value).Month;
            return "uiterlijk eind " + MonthNames.First(n => n.Month == (month == 1 ? 12 : month - 1)).Name;
        });
        // Flemish "vrijdag binnen acht dagen", "dinsdag over acht dagen": that weekday of next week.
        s = WeekdayInEightDays().Replace(s, "volgende week $1");
        // "is dat een maandag?": a question about the day named, not another day.
        s = WeekdayQuestion().Replace(s, " ");
        return Whitespace().Replace(s, " ").Trim();
    }

    private static bool IsFollowedByUnit(string s, int index) =>
        UnitAhead().IsMatch(s.AsSpan(index).ToString());

    private static Dictionary<string, int> BuildCardinals()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n < 100; n++)
        {
            words[Dutch(n)] = n;
            words[English(n)] = n;
            if (n > 20 && n % 10 != 0) words[English(n).Replace('-', ' ')] = n;
        }
        return words;
    }

    private static Dictionary<string, int> BuildOrdinals()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n <= 31; n++)
        {
            var dutch = DutchOrdinal(n);
            words[dutch] = n;
            // Flemish "den zestiensten", "de vijftienden"; "zevenste" and "zestienste" as people also write them.
            words[dutch + "n"] = n;
            if (n is > 3 and < 20 && n != 8)
            {
                words[Dutch(n) + "ste"] = n;
                words[Dutch(n) + "sten"] = n;
            }
            words[EnglishOrdinal(n)] = n;
        }
        return words;
    }

    /// <summary>The Dutch ordinals of seven letters or more, as written in the book: their typos are read as them too.</summary>
    public static IEnumerable<string> LongDutchOrdinals => Enumerable.Range(1, 31).Select(DutchOrdinal).Where(w => w.Length >= 7);

    private static string DutchOrdinal(int n) => n switch
    {
        1 => "eerste",
        3 => "derde",
        8 => "achtste",
        < 20 => Dutch(n) + "de",
        _ => Dutch(n) + "ste",
    };

    private static string Dutch(int n)
    {
        if (n < 10) return DutchUnits[n];
        if (n < 20) return DutchTeens[n - 10];
        var unit = n % 10;
        if (unit == 0) return DutchTens[n / 10];
        var first = DutchUnits[unit];
        // "tweeëntwintig": the diaeresis is dropped by Normalize, so "tweeentwintig" is the form matched.
        return first + "en" + DutchTens[n / 10];
    }

    private static string English(int n) =>
        n < 10 ? EnglishUnits[n] : n < 20 ? EnglishTeens[n - 10] : n % 10 == 0 ? EnglishTens[n / 10] : EnglishTens[n / 10] + "-" + EnglishUnits[n % 10];

    private static string EnglishOrdinal(int n) =>
        n < 10 ? EnglishUnitOrdinals[n]
        : n < 20 ? EnglishTeenOrdinals[n - 10]
        : n % 10 == 0 ? EnglishTens[n / 10][..^1] + "ieth"
        : EnglishTens[n / 10] + "-" + EnglishUnitOrdinals[n % 10];

    private static Regex BuildNumberWordRegex()
    {
        var all = Cardinals.Keys.Concat(Ordinals.Keys).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape);
        return new Regex(@"\b(?:" + string.Join("|", all) + @")\b", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\btweeduizend(?:\s*(" + "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeentwintig|drieentwintig|vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig" + @"))?\b")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"^\s+(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|werkdag|werkdagen|day|days|week|weeks|month|months|year|years|business|working)\b")]
    private static partial Regex UnitAhead();

    private static string Plural(string unit) => unit switch
    {
        "dag" => "dagen",
        "week" => "weken",
        "maand" => "maanden",
        _ => unit + "s",
    };

    [GeneratedRegex(@"\b1\s+(?<unit>dag|week|maand|day|week|month)\s+(?:of|or)\s+(?:\d+\s*-\s*)?(?<most>\d+)\b(?!\s*(?:euro|eur|keer|x\b|%))")]
    private static partial Regex UnitOrSo();

    [GeneratedRegex(@"\bbinnen\s+de\s+(?:(?<n>\d+)(?=\s+(?:dagen|weken|werkdagen|maanden)\b)|(?=(?:week|maand)\b))")]
    private static partial Regex WithinThe();

    [GeneratedRegex(@"\b(maan|dins|woens|donder|vrij|zater)\s+dag\b")]
    private static partial Regex SplitWeekday();

    [GeneratedRegex(@"\b(?:(?:op\s+)?(?:de|the)\s+\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+(?:van|of)\s+(?:elke|iedere|ieder|each|every)\s+(?:maand|month)|(?:elke|iedere|ieder|each|every)\s+(?:maand\s+|month\s+)?(?:op\s+|on\s+)?(?:de\s+|the\s+)?\d{1,2}(?:e|ste|de|st|nd|rd|th)?(?!\s*(?:euro|eur|dagen|weken|maanden|days|weeks|months|keer|x\b))|(?:elke|iedere|ieder|each|every)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")]
    private static partial Regex Recurring();

    [GeneratedRegex(@"\b(week|daag|maand)jes\b")]
    private static partial Regex Diminutive();

    /// <summary>"een weekje", "over een maandje", "een dagje": the unit itself.</summary>
    [GeneratedRegex(@"\b(week|dag|maand)je\b")]
    private static partial Regex SingleDiminutive();

    [GeneratedRegex(@"\ban?\s+(day|week|month|year|fortnight)\b")]
    private static partial Regex AnArticleBeforeUnit();

    /// <summary>An ordinal before a thing counted ("de 2e termijn", "mijn eerste aanmaning", "my second job"); not before a week, a
    /// half or a working day, which the date patterns read ("de 2e week van december", "de eerste helft van januari"), nor
    /// before what arrives on a day (a salary, a benefit), nor after "op de"/"on the", which name a day.</summary>
    [GeneratedRegex(@"(?<!\b(?:op|on)\s+(?:de\s+|the\s+)?)\b\d{1,2}e\s+((?:termijn|termijnen|aflossing|afbetaling|betaling|betaalbeurt|keer|aanmaning|herinnering|brief|factuur|rekening|deel|rate|baan|job|bijbaan|kind|kindje|instalment|installment|payment|reminder|letter|notice|invoice|part)\b)")]
    private static partial Regex CountedThing();

    /// <summary>"15e", "20ste", "20 ste", "22sten", "15den", "1st", "2nd", "3rd", "4th", "2de" → "15e" …</summary>
    [GeneratedRegex(@"\b(\d{1,2})(?:\s?sten|\s?stte|\s?ste|nde|den|de|e|st|nd|rd|th)\b")]
    private static partial Regex DigitOrdinal();

    [GeneratedRegex(@"(?<=\b(?:op|tot|vanaf|voor|tegen|deze|volgende|komende|aanstaande|uiterlijk)\s)zat\b|(?<!\b(?:het|'t|t|er|ik|hij|zij|ze|je|jij|we|wij|jullie|u)\s(?:(?:zo|echt|helemaal|ook|wel|nu|gewoon|al|toch|zwaar|goed|zowat|spuug)\s)?)\bzat(?=\.)")]
    private static partial Regex SaturdayShort();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?<n>\d{1,2})\s*-?\s*(?<unit>dagen|dag|weken|week|maanden|maand|days|day|weeks|months|month)\s+(?:uitstel|extension|extra\s+tijd|more\s+time|respijt)\b|\buitstel\s+(?:van|voor)\s+(?<n>\d{1,2})\s+(?<unit>dagen|dag|weken|week|maanden|maand)\b")]
    private static partial Regex Postponement();

    [GeneratedRegex(@"\b(?:voor|voor-strikt|before)\s+(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|june|july|august|october)\b(?!\s*\d)")]
    private static partial Regex BeforeAMonth();

    [GeneratedRegex(@"\b(\d{1,2}e?)\s+febr\b\.?")]
    private static partial Regex ShortFebruary();

    [GeneratedRegex(@"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?:binnen|over)\s+8\s+dagen\b")]
    private static partial Regex WeekdayInEightDays();

    [GeneratedRegex(@"\b(\d{1,2}e?)\s+maat\b")]
    private static partial Regex DroppedMarch();

    [GeneratedRegex(@"(?:(?<after>\bna\s+)|(?<before>\b(?:voor|voor-strikt|before)\s+))?\b(?:het|the)\s+(?:nieuwe|new)\s+(?:jaar|year)(?:\s+(?:begint|start|starts|begins))?\b")]
    private static partial Regex NewYear();

    [GeneratedRegex(@"\b(?:is|valt)\s+(?:dat|die|het|deze)\s+(?:op\s+)?(?:een|a)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\s*\??|\b(?:is|was)\s+(?:that|it)\s+(?:a|on\s+a)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\s*\??")]
    private static partial Regex WeekdayQuestion();

    [GeneratedRegex(@"\b(\d{1,2})(jan|feb|mrt|apr|mei|jun|jul|aug|sep|sept|okt|oct|nov|dec)\b")]
    private static partial Regex GluedDayMonth();

    [GeneratedRegex(@"(?<![\d,.])([0-2]?\d|3[01])[\\;_](0?[1-9]|1[0-2])(?![\d,.])")]
    private static partial Regex OddSeparator();

    [GeneratedRegex(@"\bvd\b")]
    private static partial Regex VanDe();

    [GeneratedRegex(@"\b(?<n>twee|drie|vier)enhalve\s+(?:week|weken)\b")]
    private static partial Regex WeeksAndAHalf();

    [GeneratedRegex(@"(?:(?<=\s)|^)'?n\s+(?=(?:dag|dagje|week|weekje|maand|paar)\b)")]
    private static partial Regex ShortArticle();

    [GeneratedRegex(@"\banderhalve\s+(?<unit>week|weken|maand)\b|\ba\s+(?<unit>week|month)\s+and\s+a\s+half\b")]
    private static partial Regex HalfAgain();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
