using System.Text.RegularExpressions;

namespace WebcareHub.Understanding.Dates;

/// <summary>
/// Finds the day (or period) a customer names in Dutch or English and resolves it against "today" the way a
/// payment day is meant: a day without a year is the next such day, "vrijdag" is the coming Friday,
/// "uiterlijk morgen" is today up to tomorrow. Rules run from the most specific ("3 dagen na de 12e
/// januari") to the most general ("morgen"); the first that finds something wins.
/// </summary>
public static class DateRecognizer
{
    private delegate DateMention? Rule(string text, DateOnly today);

    private static readonly Rule[] Rules =
    [
        IsoDate, NumericDateWithYear, NumericMonthYear, DayMonthYear, MonthDayYear, MonthYear, HolidayWithYear,
        Within, Between, OffsetFromAnchor, Deadline, DayAfterAnchor, NthWeekdayAfterToday, Offset, NthWeekdayOfMonth, MonthPart,
        Holiday, DayMonth, MonthDay, NumericDayMonth, DayOfMonth, WeekdayDayOfMonth, WeekdayInWeek, RelativeDay,
        Weekday, WeekPeriod, MonthPeriod,
    ];

    public static DateMention? Recognize(string text, DateOnly today) => Resolve(DateWords.Normalize(text), today);

    private static DateMention? Resolve(string text, DateOnly today)
    {
        foreach (var rule in Rules)
        {
            if (rule(text, today) is { } found) return found;
        }
        return null;
    }

    // ---- absolute dates with a year ------------------------------------------------------------------

    private static DateMention? IsoDate(string s, DateOnly today) =>
        Match(P.Iso, s) is { } m ? DayOrImpossible(Int(m, "y"), Int(m, "m"), Int(m, "d")) : null;

    private static DateMention? NumericDateWithYear(string s, DateOnly today) =>
        Match(P.NumericWithYear, s) is { } m ? DayOrImpossible(Year(m.Groups["y"].Value), Int(m, "m"), Int(m, "d")) : null;

    private static DateMention? NumericMonthYear(string s, DateOnly today) =>
        Match(P.NumericMonthYear, s) is { } m && Int(m, "m") is >= 1 and <= 12 ? WholeMonth(Int(m, "y"), Int(m, "m")) : null;

    private static DateMention? DayMonthYear(string s, DateOnly today) =>
        Match(P.DayMonthYear, s) is { } m ? DayOrImpossible(Int(m, "y"), Month(m), Int(m, "d")) : null;

    private static DateMention? MonthDayYear(string s, DateOnly today) =>
        Match(P.MonthDayYear, s) is { } m ? DayOrImpossible(Int(m, "y"), Month(m), Int(m, "d")) : null;

    private static DateMention? MonthYear(string s, DateOnly today) =>
        Match(P.MonthYear, s) is { } m ? WholeMonth(Int(m, "y"), Month(m)) : null;

    private static DateMention? HolidayWithYear(string s, DateOnly today) =>
        Match(P.HolidayWithYear, s) is { } m ? DateMention.Day(Holidays.InYear(HolidayKey(m), Int(m, "y"))!.Value) : null;

    // ---- periods ending on a named day -----------------------------------------------------------------

    /// <summary>"binnen 5 dagen", "within two weeks": from today up to and including the day it ends.</summary>
    private static DateMention? Within(string s, DateOnly today) =>
        Match(P.Within, s) is { } m ? DateMention.Period(today, Add(today, Int(m, "n"), m.Groups["unit"].Value)) : null;

    /// <summary>"tussen nu en 15 november", "between today and Friday".</summary>
    private static DateMention? Between(string s, DateOnly today) =>
        Match(P.Between, s) is { } m && Resolve(m.Groups["rest"].Value, today) is { IsUsable: true } end
            ? DateMention.Period(today, end.End)
            : null;

    /// <summary>"uiterlijk morgen", "niet later dan vrijdag", "tegen het eind van de maand": on or before that day.</summary>
    private static DateMention? Deadline(string s, DateOnly today)
    {
        foreach (Match m in P.Deadline.Matches(s))
        {
            if (Resolve(m.Groups["rest"].Value, today) is { IsUsable: true } end && end.End >= today)
                return DateMention.Period(today, end.End);
        }
        return null;
    }

    // ---- offsets ---------------------------------------------------------------------------------------

    /// <summary>"3 dagen na de 12e januari", "twee weken vanaf morgen", "5 dagen voor nieuwjaar".</summary>
    private static DateMention? OffsetFromAnchor(string s, DateOnly today)
    {
        foreach (Match m in P.OffsetFromAnchor.Matches(s))
        {
            var rest = m.Groups["rest"].Value;
            var anchor = P.Now.IsMatch(rest) ? DateMention.Day(today) : Resolve(rest, today);
            if (anchor is not { Kind: DateMentionKind.Day }) continue;
            var n = Int(m, "n") * (m.Groups["dir"].Value is "voor" or "before" ? -1 : 1);
            return DateMention.Day(Add(anchor.Start, n, m.Groups["unit"].Value));
        }
        return null;
    }

    /// <summary>"de dag na morgen", "the day before Christmas".</summary>
    private static DateMention? DayAfterAnchor(string s, DateOnly today) =>
        Match(P.DayAfter, s) is { } d && Resolve(d.Groups["rest"].Value, today) is { Kind: DateMentionKind.Day } day
            ? DateMention.Day(day.Start.AddDays(d.Groups["dir"].Value is "voor" or "before" ? -1 : 1))
            : null;

    /// <summary>"over twee zondagen", "twee maandagen later": the n-th such weekday after today.</summary>
    private static DateMention? NthWeekdayAfterToday(string s, DateOnly today)
    {
        if (Match(P.NthWeekdayAfterToday, s) is not { } m) return null;
        var weekday = DateWords.WeekdayPlurals.First(w => w.Name == m.Groups["weekdays"].Value).Day;
        return DateMention.Day(NextWeekday(today, weekday).AddDays(7 * (Int(m, "n") - 1)));
    }

    /// <summary>"over 10 dagen", "na 2 weken", "in three weeks", "over vier werkdagen".</summary>
    private static DateMention? Offset(string s, DateOnly today) =>
        Match(P.Offset, s) is { } m ? DateMention.Day(Add(today, Int(m, "n"), m.Groups["unit"].Value)) : null;

    // ---- days within a month ---------------------------------------------------------------------------

    /// <summary>"de eerste vrijdag van volgende maand".</summary>
    private static DateMention? NthWeekdayOfMonth(string s, DateOnly today)
    {
        if (Match(P.NthWeekdayOfMonth, s) is not { } m) return null;
        var (year, month) = m.Groups["month"].Success ? NextMonthOccurrence(today, Month(m)) : NamedMonth(today, m.Groups["which"].Value);
        var first = new DateOnly(year, month, 1);
        var day = first.AddDays(((int)Weekday(m) - (int)first.DayOfWeek + 7) % 7 + 7 * (Int(m, "n") - 1));
        return day.Month == month ? DateMention.Day(day) : DateMention.Impossible;
    }

    /// <summary>"eind van de maand", "begin volgende maand", "eind van het jaar", "eind december".</summary>
    private static DateMention? MonthPart(string s, DateOnly today)
    {
        if (Match(P.YearEnd, s) is not null) return DateMention.Day(new DateOnly(today.Year, 12, 31));
        if (Match(P.MonthPart, s) is not { } m) return null;
        var (year, month) = m.Groups["month"].Success ? NextMonthOccurrence(today, Month(m)) : NamedMonth(today, m.Groups["which"].Value);
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return m.Groups["part"].Value is "begin" or "start" or "beginning"
            ? DateMention.Period(new DateOnly(year, month, 1), new DateOnly(year, month, 7))
            : DateMention.Day(last);
    }

    private static DateMention? Holiday(string s, DateOnly today)
    {
        if (Match(P.Holiday, s) is not { } m) return null;
        var key = HolidayKey(m);
        if (P.NextYear.IsMatch(s)) return DateMention.Day(Holidays.InYear(key, today.Year + 1)!.Value);
        var day = Holidays.InYear(key, today.Year)!.Value;
        return DateMention.Day(day >= today ? day : Holidays.InYear(key, today.Year + 1)!.Value);
    }

    private static DateMention? DayMonth(string s, DateOnly today) =>
        Match(P.DayMonth, s) is { } m ? NextDayMonth(today, Month(m), Int(m, "d")) : null;

    private static DateMention? MonthDay(string s, DateOnly today) =>
        Match(P.MonthDay, s) is { } m ? NextDayMonth(today, Month(m), Int(m, "d")) : null;

    private static DateMention? NumericDayMonth(string s, DateOnly today) =>
        Match(P.NumericDayMonth, s) is { } m && Int(m, "m") is >= 1 and <= 12 ? NextDayMonth(today, Int(m, "m"), Int(m, "d")) : null;

    /// <summary>"de 15e", "de 20ste van de volgende maand", "on the 25th".</summary>
    private static DateMention? DayOfMonth(string s, DateOnly today)
    {
        if (Match(P.DayOfMonth, s) is not { } m) return null;
        var day = Int(m, "d");
        if (m.Groups["which"].Success)
        {
            var (year, month) = NamedMonth(today, m.Groups["which"].Value);
            return Valid(year, month, day) ? DateMention.Day(new DateOnly(year, month, day)) : DateMention.Impossible;
        }
        return NextDayOfMonth(today, day);
    }

    /// <summary>"vrijdag 23", "dinsdag de 11e": the day of the month decides; the weekday only confirms it.</summary>
    private static DateMention? WeekdayDayOfMonth(string s, DateOnly today) =>
        Match(P.WeekdayDayOfMonth, s) is { } m ? NextDayOfMonth(today, Int(m, "d")) : null;

    // ---- weekdays and relative days --------------------------------------------------------------------

    /// <summary>"volgende week vrijdag", "deze week op vrijdag", "vrijdag volgende week".</summary>
    private static DateMention? WeekdayInWeek(string s, DateOnly today)
    {
        if (Match(P.WeekdayInWeek, s) is not { } m) return null;
        var monday = StartOfWeek(today).AddDays(m.Groups["which"].Value is "deze" or "this" ? 0 : 7);
        return DateMention.Day(monday.AddDays(((int)Weekday(m) + 6) % 7));
    }

    private static DateMention? RelativeDay(string s, DateOnly today)
    {
        if (P.DayAfterTomorrow.IsMatch(s)) return DateMention.Day(today.AddDays(2));
        if (P.Tomorrow.IsMatch(s)) return DateMention.Day(today.AddDays(1));
        if (P.Today.IsMatch(s)) return DateMention.Day(today);
        if (P.Yesterday.IsMatch(s)) return DateMention.Day(today.AddDays(-1));
        return null;
    }

    /// <summary>
    /// "vrijdag", "aanstaande vrijdag": the first such day after today. "volgende vrijdag" said while this
    /// week's Friday is still ahead can mean either Friday, so it is reported as ambiguous.
    /// </summary>
    private static DateMention? Weekday(string s, DateOnly today)
    {
        if (Match(P.Weekday, s) is not { } m) return null;
        var next = NextWeekday(today, Weekday(m));
        var saysNext = m.Groups["mod"].Value is "volgende" or "next";
        return saysNext && next < StartOfWeek(today).AddDays(7) ? DateMention.Ambiguous(next, next.AddDays(7)) : DateMention.Day(next);
    }

    private static DateMention? WeekPeriod(string s, DateOnly today)
    {
        if (Match(P.Weekend, s) is not null)
        {
            var saturday = today.DayOfWeek == DayOfWeek.Sunday ? today.AddDays(-1) : NextWeekdayOnOrAfter(today, DayOfWeek.Saturday);
            return DateMention.Period(saturday, saturday.AddDays(1));
        }
        if (Match(P.Week, s) is not { } m) return null;
        var weeksAhead = m.Groups["after"].Success ? 2 : m.Groups["which"].Value is "deze" or "this" ? 0 : 1;
        var monday = StartOfWeek(today).AddDays(7 * weeksAhead);
        return DateMention.Period(monday, monday.AddDays(m.Groups["work"].Success ? 4 : 6));
    }

    private static DateMention? MonthPeriod(string s, DateOnly today)
    {
        if (Match(P.RelativeMonth, s) is { } r)
        {
            var (year, month) = NamedMonth(today, r.Groups["which"].Value);
            return WholeMonth(year, month);
        }
        if (Match(P.NamedMonth, s) is not { } m) return null;
        // "may" alone is far more often the English verb than the month.
        if (m.Groups["month"].Value == "may" && !m.Groups["mod"].Success) return null;
        var (y, mo) = NextMonthOccurrence(today, Month(m));
        return WholeMonth(m.Groups["nextyear"].Success ? today.Year + 1 : y, mo);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static Match? Match(Regex regex, string s)
    {
        var m = regex.Match(s);
        return m.Success ? m : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value);

    private static int Year(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits) : int.Parse(digits);

    private static int Month(Match m)
    {
        var word = m.Groups["month"].Value;
        return DateWords.MonthNames.Concat(DateWords.MonthAbbreviations).First(x => x.Name == word).Month;
    }

    private static DayOfWeek Weekday(Match m)
    {
        var word = m.Groups["weekday"].Value;
        return DateWords.WeekdayNames.First(x => x.Name == word).Day;
    }

    private static string HolidayKey(Match m)
    {
        var phrase = m.Groups["holiday"].Value;
        return DateWords.HolidayNames.First(h => h.Phrase == phrase).Key;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateMention DayOrImpossible(int year, int month, int day) =>
        Valid(year, month, day) ? DateMention.Day(new DateOnly(year, month, day)) : DateMention.Impossible;

    private static DateMention WholeMonth(int year, int month) =>
        DateMention.Period(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>A day and month without a year: the next time it comes (today included); 29 February waits for a leap year.</summary>
    private static DateMention NextDayMonth(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year <= today.Year + 8; year++)
        {
            if (Valid(year, month, day))
            {
                if (new DateOnly(year, month, day) >= today) return DateMention.Day(new DateOnly(year, month, day));
            }
            else if (!(month == 2 && day == 29))
            {
                return DateMention.Impossible;
            }
        }
        return DateMention.Impossible;
    }

    /// <summary>A day of the month alone: this month if still ahead, else next month (if it has that day).</summary>
    private static DateMention NextDayOfMonth(DateOnly today, int day)
    {
        if (day is < 1 or > 31) return DateMention.Impossible;
        if (day >= today.Day && Valid(today.Year, today.Month, day)) return DateMention.Day(new DateOnly(today.Year, today.Month, day));
        var next = today.AddMonths(1);
        return Valid(next.Year, next.Month, day) ? DateMention.Day(new DateOnly(next.Year, next.Month, day)) : DateMention.Impossible;
    }

    private static (int Year, int Month) NamedMonth(DateOnly today, string which)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        var month = which is "deze" or "this" or "de" or "the" or "" ? first : first.AddMonths(1);
        return (month.Year, month.Month);
    }

    private static (int Year, int Month) NextMonthOccurrence(DateOnly today, int month) =>
        month >= today.Month ? (today.Year, month) : (today.Year + 1, month);

    private static DateOnly NextWeekday(DateOnly today, DayOfWeek day) => NextWeekdayOnOrAfter(today.AddDays(1), day);

    private static DateOnly NextWeekdayOnOrAfter(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Add(DateOnly from, int n, string unit)
    {
        if (unit.StartsWith("werkdag", StringComparison.Ordinal) || unit.StartsWith("business", StringComparison.Ordinal)
            || unit.StartsWith("working", StringComparison.Ordinal))
            return AddBusinessDays(from, n);
        if (unit.StartsWith("dag", StringComparison.Ordinal) || unit.StartsWith("day", StringComparison.Ordinal)) return from.AddDays(n);
        if (unit.StartsWith("fortnight", StringComparison.Ordinal)) return from.AddDays(14 * n);
        if (unit.StartsWith("we", StringComparison.Ordinal)) return from.AddDays(7 * n);
        if (unit.StartsWith("maand", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal)) return from.AddMonths(n);
        return from.AddYears(n);
    }

    private static DateOnly AddBusinessDays(DateOnly from, int n)
    {
        var step = Math.Sign(n);
        var day = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return day;
    }

    /// <summary>The patterns, over text already normalised by <see cref="DateWords.Normalize"/>.</summary>
    private static class P
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        private static readonly string MonthAny = Alternation(DateWords.MonthNames.Concat(DateWords.MonthAbbreviations).Select(m => m.Name));
        private static readonly string MonthFull = Alternation(DateWords.MonthNames.Select(m => m.Name));
        private static readonly string WeekdayName = Alternation(DateWords.WeekdayNames.Select(w => w.Name));
        private static readonly string HolidayName = Alternation(DateWords.HolidayNames.Select(h => h.Phrase));
        private static readonly string Plurals = Alternation(DateWords.WeekdayPlurals.Select(w => w.Name));

        private static readonly string Month = $@"\b(?<month>{MonthAny})\b\.?";
        private static readonly string FullMonth = $@"\b(?<month>{MonthFull})\b";
        private static readonly string WeekdayWord = $@"\b(?<weekday>{WeekdayName})(?:ochtend|middag|avond|nacht|morgen)?\b\.?";
        private const string Day = @"(?<d>\d{1,2})e?";
        private const string Unit = @"(?<unit>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|business days?|working days?|days?|weeks?|fortnights?|months?|years?)\b";
        private const string NotTime = @"(?!\s*(?:uur|u\b|h\b|[:.]\d|am\b|pm\b|o'clock))";

        public static readonly Regex Iso = new(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", Options);
        public static readonly Regex NumericWithYear = new(@"(?<![\d:.])(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4}|\d{2})(?!\d)", Options);
        public static readonly Regex NumericMonthYear = new(@"(?<![\d:./-])(?<m>\d{1,2})/(?<y>\d{4})\b", Options);
        public static readonly Regex DayMonthYear = new($@"(?<![\d:.]){Day}(?:\s+(?:van|of))?[\s\-/,]*{Month}[\s\-/,]*(?:in\s+)?(?<y>\d{{4}})\b", Options);
        public static readonly Regex MonthDayYear = new($@"{Month}\s+{Day},?\s+(?<y>\d{{4}})\b", Options);
        public static readonly Regex MonthYear = new($@"{Month}[\s\-/,]*(?<y>\d{{4}})\b", Options);
        public static readonly Regex HolidayWithYear = new($@"\b(?<holiday>{HolidayName})\s+(?<y>\d{{4}})\b", Options);

        public static readonly Regex Within = new($@"\b(?:binnen|within|in de komende|in the next)\s+(?<n>\d+)\s+{Unit}", Options);
        public static readonly Regex Between = new(@"\b(?:tussen\s+(?:nu|vandaag)\s+en|between\s+(?:now|today)\s+and)\s+(?<rest>.+)", Options);
        public static readonly Regex Deadline = new(@"(?<!\b(?:day|dag)\s+)\b(?:uiterlijk|niet later dan|op of voor|tegen|voor-strikt|voor(?=\s+(?:het\s+)?eind)|ten laatste|no later than|on or before|by|before|at the latest)\s+(?<rest>.+)", Options);

        public static readonly Regex OffsetFromAnchor = new($@"(?<n>\d+)\s+{Unit}\s+(?:gerekend\s+|gezien\s+)?(?<dir>vanaf|na|sedert|voor|from|after|before)\s+(?<rest>.+)", Options);
        public static readonly Regex Now = new(@"^(?:nu|now)\b", Options);
        public static readonly Regex DayAfter = new(@"\b(?:de\s+)?(?:dag|day)\s+(?<dir>na|after|voor|before)\s+(?<rest>.+)", Options);
        public static readonly Regex NthWeekdayAfterToday = new($@"(?<n>\d+)\s+(?<weekdays>{Plurals})\b", Options);
        public static readonly Regex Offset = new($@"\b(?:over|na|in|after)\s+(?<n>\d+)\s+{Unit}|(?<n>\d+)\s+{Unit}\s+(?:later|from now|vanaf nu)", Options);

        public static readonly Regex NthWeekdayOfMonth = new($@"\b(?:de\s+|the\s+)?(?<n>[1-5])e\s+{WeekdayWord}\s+(?:van|of)\s+(?:de\s+|the\s+)?(?:(?<which>volgende|komende|aankomende|deze|next|this)\s+(?:maand|month)|{FullMonth})", Options);
        public static readonly Regex YearEnd = new(@"\b(?:eind|einde|end)\s+(?:van\s+|of\s+)?(?:het|dit|the|this)\s+(?:jaar|year)\b|\beind\s+dit\s+jaar\b", Options);
        public static readonly Regex MonthPart = new($@"\b(?<part>eind|einde|end|begin|start|beginning|laatste dag|last day)\s+(?:van\s+|of\s+)?(?:(?:de\s+|the\s+)?(?<which>deze|de|volgende|komende|this|the|next)\s+(?:maand|month)|(?:de\s+|the\s+)?(?:maand|month)\b|{FullMonth})", Options);
        public static readonly Regex Holiday = new($@"\b(?<holiday>{HolidayName})\b", Options);
        public static readonly Regex NextYear = new(@"\b(?:volgend jaar|next year)\b", Options);

        public static readonly Regex DayMonth = new($@"(?<![\d:.]){Day}(?:\s+(?:dag|day))?(?:\s+(?:van|of))?[\s\-/]*{Month}", Options);
        public static readonly Regex MonthDay = new($@"{Month}\s+(?:de\s+|the\s+)?{Day}(?!\d){NotTime}", Options);
        public static readonly Regex NumericDayMonth = new(@"(?<![\d:./-])(?<d>\d{1,2})[-/](?<m>\d{1,2})(?![\d/-]|[.:]\d|\s*(?:dagen|weken|maanden|uur|keer|days|weeks|hours)\b)", Options);
        public static readonly Regex DayOfMonth = new($@"(?:\b(?<d>\d{{1,2}})e\b|\b(?:de|the)\s+(?<d>\d{{1,2}})\b{NotTime}(?!\s*(?:dagen|weken|maanden|jaar|keer|facturen|euro|x\b)))(?:\s+(?:dag|day))?(?:\s+(?:van|of)\s+(?:de\s+|the\s+)?(?<which>volgende|komende|aankomende|deze|next|this)\s+(?:maand|month))?", Options);
        public static readonly Regex WeekdayDayOfMonth = new($@"{WeekdayWord},?\s+(?:de\s+|the\s+)?(?<d>\d{{1,2}})e?\b{NotTime}", Options);

        public static readonly Regex WeekdayInWeek = new($@"\b(?<which>deze|volgende|komende|aankomende|this|next)\s+(?:week|week's)\s+(?:op\s+|on\s+)?{WeekdayWord}|{WeekdayWord}\s+(?:van\s+|of\s+)?(?<which>deze|volgende|komende|this|next)\s+week\b", Options);
        public static readonly Regex DayAfterTomorrow = new(@"\b(?:overmorgen|day after tomorrow)\b", Options);
        public static readonly Regex Tomorrow = new(@"\b(?:morgen(?:ochtend|middag|avond|nacht|vroeg)?|tomorrow)\b", Options);
        public static readonly Regex Today = new(@"\b(?:vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|deze (?:ochtend|middag|avond)|eind van de dag|today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day)\b", Options);
        public static readonly Regex Yesterday = new(@"\b(?:gisteren|yesterday)\b", Options);
        public static readonly Regex Weekday = new($@"(?:\b(?<mod>volgende|aanstaande|aankomende|komende|deze|next|this|coming)\s+(?:aankomende\s+|aanstaande\s+)?)?{WeekdayWord}", Options);

        public static readonly Regex Weekend = new(@"\b(?:dit|het|deze|this|the)\s+(?:weekend)\b", Options);
        public static readonly Regex Week = new(@"\b(?:(?<which>deze|volgende|komende|aankomende|this|next)\s+(?<work>werk)?week\b|\bde\s+(?<work>werk)?week\s+na\s+(?<after>volgende)\b|\bthe\s+week\s+after\s+(?<after>next)\b|\b(?:de\s+|the\s+)?(?<which>volgende|next)\s+(?<work>werk)week\b)", Options);
        public static readonly Regex RelativeMonth = new(@"\b(?<which>volgende|komende|aankomende|deze|next|this|coming)\s+(?:maand|month)\b", Options);
        public static readonly Regex NamedMonth = new($@"(?:(?<nextyear>volgend jaar|next year)\s+)?(?:\b(?<mod>volgende|aanstaande|aankomende|komende|next|in)\s+)?{FullMonth}(?!\s*\d)", Options);

        private static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));
    }
}
