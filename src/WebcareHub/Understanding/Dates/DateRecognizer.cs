using System.Globalization;
using System.Text.RegularExpressions;

using WebcareHub.Common;

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
        EitherDay, Within, WithinHours, Between, OffsetFromAnchor, WeekdayAfterAnchor, WorkdayAfterHoliday, DaysAfterEarlier, BeforeHoliday, Deadline, DayAfterAnchor, Ago, AnchorThenOffset,
        DayNextToEarlier, WeekdayAfterEarlier,
        WeekNumber, WeekOf, WeekdayAfterNext, NthWeekdayAfterToday, Offset, TimeNeeded, MonthCommaDay, MonthThenDay, DayOfNewYear, NthWeekdayOfMonth, NthWeekOfMonth, MiddleOfWeek, HalfOfMonth, MonthPart,
        DayMonth, MonthDay, NumericDayMonth, Holiday, DayOfMonth, WeekdayDayOfMonth, WeekdayInWeek, RelativeDay,
        AfterWeekend, WeekdayWeek, Weekday, WeekPeriod, MonthPeriod,
    ];

    public static DateMention? Recognize(string text, DateOnly today)
    {
        var normalized = DateWords.Normalize(text);
        if (Resolve(normalized, today) is not { } found) return null;
        // "voor mijn verjaardag op 12 december": by the day before the event (and a birthday named so is no birth date).
        if (DatePatterns.EventDeadline.Match(normalized) is { Success: true } deadline
            && Resolve(deadline.Groups["date"].Value, today) is { Kind: DateMentionKind.Day } eventDay && eventDay.Start > today)
            return DateMention.Day(eventDay.Start.AddDays(-1));
        // A birthday, or a day the customer rules out ("vrijdag kan ik niet"), is no day of paying: what is left
        // of the message decides.
        if (DatePatterns.BirthContext.IsMatch(normalized) || DatePatterns.RuledOut.IsMatch(normalized))
        {
            var rest = string.Join(", ", SmallParts(normalized)
                .Where(p => !DatePatterns.BirthContext.IsMatch(p) && !DatePatterns.RuledOut.IsMatch(p)));
            if (Resolve(rest, today) is not { } left) return null;
            normalized = rest;
            found = left;
        }
        // "de rekening van 12/11 betaal ik op 12/12": the document's date is not the day of paying when another is named.
        if (DatePatterns.DocumentDate.IsMatch(normalized) && DatePatterns.DocumentDate.Replace(normalized, " ") is var withoutDocument
            && Resolve(withoutDocument, today) is { } other)
        {
            normalized = withoutDocument;
            found = other;
        }
        // "top, dat was alles. alvast een fijne kerst": a holiday wished is no day at all; what is left decides.
        if (DatePatterns.HolidayWished.IsMatch(normalized))
        {
            normalized = DatePatterns.HolidayWished.Replace(normalized, " ");
            if (Resolve(normalized, today) is not { } rest) return null;
            found = rest;
        }
        // "ivm kerst word ik eerder betaald, de 18e al": a holiday named as the reason is not the day when another is named.
        if (DatePatterns.HolidayAsReason.IsMatch(normalized) && DatePatterns.HolidayAsReason.Replace(normalized, " ") is var withoutReason
            && Resolve(withoutReason, today) is { } dayNamed)
        {
            normalized = withoutReason;
            found = dayNamed;
        }
        var day = Corrected(normalized, today) ?? LastOfParts(normalized, today) ?? OwnPaymentDay(normalized, today) ?? found;
        if (day.Kind != DateMentionKind.Day) return day;
        day = WithLikelyYear(normalized, today, WithNamedDay(normalized, today, day));
        // "ik heb op 20 november al betaald", "de brief van 16/11": a day gone by, told about, is no day of paying. A
        // customer who speaks of paying then ("ik betaal gisteren") keeps the day, and hears that it has passed.
        if (day.Start < today && !DatePatterns.PayingToCome.IsMatch(normalized)) return DateMention.PastDay(day.Start);
        // "na kerst", "tussen de 10e en de 15e": a day near the one named or a span, not that day; leave it to the
        // customer to name it (the dialogs ask) rather than take the named day. A day named beside it is the day
        // meant ("na de kerstdagen, dinsdag de 29e"); a week or month beside it is not ("volgende week 200 en na
        // nieuwjaar de rest").
        foreach (var vague in (Regex[])[DatePatterns.NearADay, DatePatterns.Span])
        {
            if (vague == DatePatterns.NearADay && DatePatterns.WorkdayAfterHoliday.IsMatch(normalized)) continue; // "meteen na kerst" names a day
            if (vague.Match(normalized) is not { Success: true } near) continue;
            // The day named beside "na kerst" comes after Christmas ("na sinterklaas, maandag" is the Monday after it);
            // beside "na de 20e" it is read as usual ("na de 20e, zeg de 29e", said on the 24th, is this month's 29th).
            var from = vague == DatePatterns.NearADay && near.Groups["holiday"].Success && Resolve(near.Value, today) is { Kind: DateMentionKind.Day } anchor
                && anchor.Start > today ? anchor.Start : today;
            // The day named after it first ("Sinterklaas is duur, ik betaal na pakjesavond, maandag de 7e").
            if (Resolve(normalized[(near.Index + near.Length)..], from) is { Kind: DateMentionKind.Day } after) return after;
            if (Resolve(vague.Replace(normalized, " "), from) is { Kind: DateMentionKind.Day } named) return named;
            return vague == DatePatterns.Span ? SpanPeriod(near, today) : null;
        }
        return day;
    }

    /// <summary>The parts of a message between sentence ends, commas, "dus" and "maar", trimmed.</summary>
    private static IEnumerable<string> Parts(string s) => DatePatterns.ClauseBreak.Split(s).Select(p => p.Trim()).Where(p => p.Length > 0);

    /// <summary>The parts, also split at "en"/"and" ("niet morgen en ook niet overmorgen").</summary>
    private static IEnumerable<string> SmallParts(string s) => DatePatterns.And.Split(s).SelectMany(Parts);

    /// <summary>Each part that names a day (or period), with what it names.</summary>
    private static List<(string Part, DateMention Day)> Dated(IEnumerable<string> parts, DateOnly today) =>
        [.. parts.Select(p => (Part: p, Day: Resolve(p, today))).Where(x => x.Day is not null).Select(x => (x.Part, x.Day!))];

    /// <summary>
    /// "nee toch niet donderdag, vrijdag", "woensdag.. nee wacht donderdag": the last day named after a correction,
    /// not the one taken back. Null without a correction, or when no later part names a day.
    /// </summary>
    private static DateMention? Corrected(string s, DateOnly today)
    {
        if (!DatePatterns.Correction.IsMatch(s) && !DatePatterns.NegatedDay.IsMatch(s)) return null;
        if (ReplacedNumber(s, today) is { } replaced) return replaced;
        var dated = Dated(SmallParts(DatePatterns.Correction.Replace(s, ", ")), today);
        if (dated.Count < 2) return null;
        var kept = dated.Where(x => x.Day.Kind is DateMentionKind.Day or DateMentionKind.Period && !DatePatterns.Negation.IsMatch(x.Part)).ToList();
        // "morgen - nee, overmorgen, morgen ben ik weg": a later word about the day taken back is no new choice.
        var takenBack = dated[0].Day;
        return kept.LastOrDefault(x => x.Day.Start != takenBack.Start || x.Day.Kind != takenBack.Kind || !DatePatterns.SaysWhatIsOn.IsMatch(x.Part)).Day
            ?? kept.LastOrDefault().Day;
    }

    /// <summary>
    /// "3 januari nee 4", "over 2 weken.. nee 3", "10 december maar maak er maar 14 van": the number after the last
    /// correction takes the place of the last number in the day named before it. Null when what follows the
    /// correction is more than a number, or nothing before it names a day with a number.
    /// </summary>
    private static DateMention? ReplacedNumber(string s, DateOnly today)
    {
        // The latest correction followed by a bare number ("over 2 weken.. nee 3, sorry, de 1e is de huur").
        var (last, bare) = DatePatterns.Correction.Matches(s).Reverse()
            .Select(m => (Marker: m, Bare: DatePatterns.BareNumber.Match(SmallParts(s[(m.Index + m.Length)..]).FirstOrDefault() ?? "")))
            .FirstOrDefault(x => x.Bare.Success);
        if (last is null) return null;
        var before = Dated(SmallParts(DatePatterns.Correction.Replace(s[..last.Index], ", ")), today)
            .LastOrDefault(x => x.Day.IsUsable && DatePatterns.LastNumber.IsMatch(x.Part));
        if (before.Part is null) return null;
        var number = DatePatterns.LastNumber.Match(before.Part);
        var changed = before.Part[..number.Index] + bare.Groups["n"].Value + before.Part[(number.Index + number.Length)..];
        return Resolve(changed, today) is { IsUsable: true } day ? day : null;
    }

    /// <summary>
    /// A message that names days in several parts ("mijn huur gaat de 1e eraf, dus de 3e betaal ik", "de brief
    /// van de 20e kwam vorige week, ik betaal morgen"): the last part that speaks of the customer's own payment
    /// to come, and does not say it cannot ("deze maand lukt het niet"), holds the day meant. Null when fewer than
    /// two parts name a day, or none has that cue.
    /// </summary>
    private static DateMention? OwnPaymentDay(string s, DateOnly today)
    {
        // Most messages have no such cue at all: then no part can win, and no part need be read again.
        if (!DatePatterns.OwnPaymentCue.IsMatch(s)) return null;
        var dated = Dated(Parts(s), today).Where(x => x.Day.IsUsable).ToList();
        if (dated.Count < 2) return null;
        // "als ik terug ben betaal ik, de 21e": a day on its own right after the part that speaks of paying belongs to it.
        var parts = Parts(s).ToList();
        bool Cued(string part)
        {
            if (DatePatterns.OwnPaymentCue.IsMatch(part)) return true;
            var at = parts.IndexOf(part);
            return at > 0 && DatePatterns.BareDay.IsMatch(part) && DatePatterns.OwnPaymentCue.IsMatch(parts[at - 1])
                && !DatePatterns.Negation.IsMatch(parts[at - 1]) && Resolve(parts[at - 1], today) is null;
        }
        var own = dated.LastOrDefault(x => (x.Day.Kind == DateMentionKind.Day || x.Day.Kind == DateMentionKind.Period && DatePatterns.OwnDeadline.IsMatch(x.Part))
            && Cued(x.Part) && !DatePatterns.Negation.IsMatch(x.Part));
        // "loon komt donderdag 17 dec, vrijdag erna betaal ik": a part that counts from an earlier day is read with it.
        return own.Part is { } part && (DatePatterns.WeekdayAfterEarlier.IsMatch(part) || DatePatterns.DayNextToEarlier.IsMatch(part)
            || DatePatterns.DaysAfterEarlier.IsMatch(part)) ? null : own.Day;
    }

    /// <summary>
    /// "de helft op 4/12 en de rest op 18/12", "2 termijnen: 4 dec en 4 jan": paid in parts on days to come, the
    /// last of them is when all is paid. Null unless the message speaks of parts and names two such days.
    /// </summary>
    private static DateMention? LastOfParts(string s, DateOnly today)
    {
        if (!DatePatterns.InParts.IsMatch(s)) return null;
        var days = Dated(SmallParts(s), today).Where(x => x.Day.Kind == DateMentionKind.Day && x.Day.Start >= today).Select(x => x.Day.Start).Distinct().ToList();
        return days.Count >= 2 ? DateMention.Day(days.Max()) : null;
    }

    /// <summary>
    /// "morgen, dinsdag 2 december" when tomorrow is the 1st, "deze vrijdag, de 5e dacht ik" when the 5th is a
    /// Saturday, "donderdag 3 december 2027" when that Thursday is in 2026: tomorrow, a weekday the customer is unsure
    /// of the date of, or a weekday that fixes the year, is the day meant. A plain "woensdag de 10e" stays the 10th.
    /// </summary>
    private static DateMention WithNamedDay(string s, DateOnly today, DateMention day)
    {
        foreach (Match m in DatePatterns.NamedDayWithDate.Matches(s))
        {
            if (!m.Groups["rel"].Success && !m.Groups["weekday"].Success) continue;
            var dateText = s[m.Groups["d"].Index..(m.Index + m.Length)];
            if (Resolve(dateText, today) is not { Kind: DateMentionKind.Day } written || (written.Start.Month, written.Start.Day) != (day.Start.Month, day.Start.Day))
                continue;
            var target = m.Groups["rel"].Value switch
            {
                "vandaag" or "today" => today,
                "morgen" or "tomorrow" => today.AddDays(1),
                "overmorgen" => today.AddDays(2),
                _ => (DateOnly?)null,
            };
            if (target is { } relative) return Math.Abs(relative.DayNumber - written.Start.DayNumber) is > 0 and <= 3 ? DateMention.Day(relative) : day;
            if (!m.Groups["weekday"].Success) continue;
            var weekday = Weekday(m);
            if (day.Start.DayOfWeek == weekday) return day;
            if (written.Start.DayOfWeek == weekday) return written;
            // "na de jaarwisseling, maandag de 4e": at the turn of the year, the 4th that is a Monday is January's.
            if (!m.Groups["month"].Success && !m.Groups["m"].Success && written.Start.AddMonths(1) is var nextMonth
                && nextMonth.DayOfWeek == weekday && nextMonth.Day == written.Start.Day && nextMonth.Month == 1
                && (today.Month == 12 || DatePatterns.TurnOfYear.IsMatch(s)))
                return DateMention.Day(nextMonth);
            // "woensdag de 10e" when the 10th is a Thursday is the 10th; "deze vrijdag, de 5e dacht ik" is the Friday.
            var after = s[(m.Index + m.Length)..Math.Min(s.Length, m.Index + m.Length + 30)];
            var before = s[Math.Max(0, m.Index - 20)..m.Index];
            if (!DatePatterns.Hedge.IsMatch(after) && !DatePatterns.ThisOrNextWeek.IsMatch(before)) return day;
            var nearest = Enumerable.Range(-3, 7).Select(day.Start.AddDays).First(d => d.DayOfWeek == weekday);
            return nearest >= today ? DateMention.Day(nearest) : day;
        }
        return day;
    }

    /// <summary>
    /// "op 10 december 2025 betaal ik", "8-1-2026 lukt" and "uiterlijk 31 januari 2026 is alles betaald" said at the
    /// end of 2026: around the turn of the year people write the old year, so a day of paying written with a year
    /// just behind us, whose next occurrence is at most two months ahead, is that next one. Other past days stay
    /// as written ("ik ga terug op 22/02/2016").
    /// </summary>
    private static DateMention WithLikelyYear(string s, DateOnly today, DateMention day)
    {
        if (day.Start >= today || !DatePatterns.WrittenYear.IsMatch(s) || !DatePatterns.PayingWord.IsMatch(s)) return day;
        if (DatePatterns.PastContext.IsMatch(s) && !DatePatterns.ToCome.IsMatch(s)) return day;
        var next = DateCalendar.NextDayMonth(today, day.Start.Month, day.Start.Day);
        return next.Kind == DateMentionKind.Day && next.Start.DayNumber - today.DayNumber <= 62 && next.Start.Year - day.Start.Year == 1 ? next : day;
    }

    /// <summary>"tussen de 10e en de 15e": those days; "tussen kerst en oud en nieuw": the days in between.</summary>
    private static DateMention? SpanPeriod(Match span, DateOnly today)
    {
        var toText = span.Groups["to"].Value;
        if (Resolve(toText, today) is not { Kind: DateMentionKind.Day } to) return null;
        var fromText = span.Groups["from"].Value;
        // "tussen 10 en 15 december": the first number takes the month of the second.
        var from = Resolve(fromText, today) is { Kind: DateMentionKind.Day } f ? f.Start
            : int.TryParse(fromText.Trim().TrimEnd('e'), out var d) && DateCalendar.Valid(to.Start.Year, to.Start.Month, d) ? new DateOnly(to.Start.Year, to.Start.Month, d)
            : (DateOnly?)null;
        if (from is not { } start) return null;
        var holidays = span.Groups["holiday"].Success && span.Groups["holiday2"].Success;
        var (first, last) = holidays ? (start.AddDays(1), to.Start.AddDays(-1)) : (start, to.Start);
        return first <= last && last >= today ? DateMention.Period(first < today ? today : first, last) : null;
    }

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
        Match(DatePatterns.Iso, s) is { } m ? DateCalendar.DayOrImpossible(Int(m, "y"), Int(m, "m"), Int(m, "d")) : null;

    /// <summary>"15-12-2026", "15.12.26"; "12/16/2026" can only be month first (the American order).</summary>
    private static DateMention? NumericDateWithYear(string s, DateOnly today)
    {
        if (Match(DatePatterns.NumericWithYear, s) is not { } m) return null;
        var (day, month) = DayAndMonth(m);
        return DateCalendar.DayOrImpossible(Year(m.Groups["y"].Value), month, day);
    }

    private static DateMention? NumericMonthYear(string s, DateOnly today) =>
        Match(DatePatterns.NumericMonthYear, s) is { } m && Int(m, "m") is >= 1 and <= 12 ? DateCalendar.WholeMonth(Int(m, "y"), Int(m, "m")) : null;

    private static DateMention? DayMonthYear(string s, DateOnly today) =>
        Match(DatePatterns.DayMonthYear, s) is { } m ? DateCalendar.DayOrImpossible(Int(m, "y"), Month(m), Int(m, "d")) : null;

    private static DateMention? MonthDayYear(string s, DateOnly today) =>
        Match(DatePatterns.MonthDayYear, s) is { } m ? DateCalendar.DayOrImpossible(Int(m, "y"), Month(m), Int(m, "d")) : null;

    private static DateMention? MonthYear(string s, DateOnly today) =>
        Match(DatePatterns.MonthYear, s) is { } m ? DateCalendar.WholeMonth(Int(m, "y"), Month(m)) : null;

    private static DateMention? HolidayWithYear(string s, DateOnly today) =>
        Match(DatePatterns.HolidayWithYear, s) is { } m ? DateMention.Day(Holidays.InYear(HolidayKey(m), Int(m, "y"))!.Value) : null;

    // ---- two days offered ------------------------------------------------------------------------------

    /// <summary>
    /// "de 15e of de 16e", "vrijdag of maandag", "1 of 2 december", "morgen or the day after": two days offered as
    /// a choice, so the bot asks which one rather than taking either.
    /// </summary>
    private static DateMention? EitherDay(string s, DateOnly today)
    {
        if (DatePatterns.TwoDaysOfAMonth.Match(s) is { Success: true } two)
        {
            var (year, month) = DateCalendar.NextMonthOccurrence(today, Month(two));
            if (DateCalendar.Valid(year, month, Int(two, "d1")) && DateCalendar.Valid(year, month, Int(two, "d2")))
                return DateMention.Ambiguous(new DateOnly(year, month, Int(two, "d1")), new DateOnly(year, month, Int(two, "d2")));
        }
        foreach (Match or in DatePatterns.Or.Matches(s))
        {
            var left = s[..or.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var right = s[(or.Index + or.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (DayIn(left.TakeLast(3), fromEnd: true, today) is { } first && DayIn(right.Take(3), fromEnd: false, today) is { } second
                && first != second && Math.Abs(first.DayNumber - second.DayNumber) <= 31)
                return DateMention.Ambiguous(first, second);
        }
        return null;
    }

    /// <summary>The day that the words nearest the "or" name on their own (one to three of them), if any.</summary>
    private static DateOnly? DayIn(IEnumerable<string> words, bool fromEnd, DateOnly today)
    {
        var list = words.ToList();
        for (var n = list.Count; n >= 1; n--)
        {
            var part = string.Join(' ', fromEnd ? list.TakeLast(n) : list.Take(n)).Trim(',', '.', '?', '!');
            if (part.Length > 0 && Resolve(part, today) is { Kind: DateMentionKind.Day } day) return day.Start;
        }
        return null;
    }

    // ---- periods ending on a named day -----------------------------------------------------------------

    /// <summary>"binnen 5 dagen", "within two weeks": from today up to and including the day it ends.</summary>
    private static DateMention? Within(string s, DateOnly today) =>
        Match(DatePatterns.Within, s) is { } m ? DateMention.Period(today, DateCalendar.Add(today, Int(m, "n"), m.Groups["unit"].Value)) : null;

    /// <summary>"binnen 48 uur", "within 24 hours": up to the day those hours end.</summary>
    private static DateMention? WithinHours(string s, DateOnly today) =>
        Match(DatePatterns.WithinHours, s) is { } m && Int(m, "n") is > 0 and <= 24 * 31 and var hours
            ? DateMention.Period(today, today.AddDays((hours + 23) / 24))
            : null;

    /// <summary>"Friday week": a week after the coming Friday.</summary>
    private static DateMention? WeekdayWeek(string s, DateOnly today) =>
        Match(DatePatterns.WeekdayWeek, s) is { } m ? DateMention.Day(DateCalendar.NextWeekday(today, Weekday(m)).AddDays(7)) : null;

    /// <summary>"tussen nu en 15 november", "between today and Friday".</summary>
    private static DateMention? Between(string s, DateOnly today) =>
        Match(DatePatterns.Between, s) is { } m && Resolve(m.Groups["rest"].Value, today) is { IsUsable: true } end
            ? DateMention.Period(today, end.Due)
            : null;

    /// <summary>
    /// "voor kerst", "before Easter", "voor oud en nieuw": paid before the holiday, so by the day before it
    /// ("voor het nieuwe jaar" is by New Year's Eve).
    /// </summary>
    private static DateMention? BeforeHoliday(string s, DateOnly today)
    {
        if (Match(DatePatterns.BeforeHoliday, s) is not { } m || Holiday(m.Groups["holiday"].Value, today) is not { } day) return null;
        var last = day.Start.AddDays(-1);
        if (last < today) return null;
        // "voor kerst, uiterlijk de 23e": a day named beside the holiday, and before it, is the day meant.
        return Resolve(s.Remove(m.Index, m.Length), today) is { IsUsable: true } named && named.Due >= today && named.Due <= last
            ? DateMention.Period(today, named.Due)
            : DateMention.Period(today, last);
    }

    /// <summary>"uiterlijk morgen", "niet later dan vrijdag", "tegen het eind van de maand": on or before that day.</summary>
    private static DateMention? Deadline(string s, DateOnly today)
    {
        foreach (Match m in DatePatterns.Deadline.Matches(s))
        {
            if (Resolve(m.Groups["rest"].Value, today) is not { IsUsable: true } end) continue;
            // "vóór 4 december" ends the day before; "uiterlijk", "tegen", "by", "op of vóór", "vóór of op vrijdag" and a
            // time on the day ("vóór vrijdag 12 uur") include the day.
            var due = end.Kind == DateMentionKind.Day && m.Groups["keyword"].Value == "voor-strikt" && !DatePatterns.DayStillCounts.IsMatch(m.Groups["rest"].Value)
                ? end.Due.AddDays(-1)
                : end.Due;
            if (due >= today) return DateMention.Period(today, due);
        }
        return null;
    }

    // ---- offsets ---------------------------------------------------------------------------------------

    /// <summary>"3 dagen na de 12e januari", "twee weken vanaf morgen", "5 dagen voor nieuwjaar".</summary>
    private static DateMention? OffsetFromAnchor(string s, DateOnly today)
    {
        foreach (Match m in DatePatterns.OffsetFromAnchor.Matches(s))
        {
            var rest = m.Groups["rest"].Value;
            var anchor = DatePatterns.Now.IsMatch(rest) ? DateMention.Day(today) : Resolve(rest, today);
            if (anchor is not { Kind: DateMentionKind.Day }) continue;
            var n = Int(m, "n") * (m.Groups["dir"].Value is "voor" or "before" or "eerder dan" or "earlier than" ? -1 : 1);
            return DateMention.Day(DateCalendar.Add(anchor.Start, n, m.Groups["unit"].Value));
        }
        return null;
    }

    /// <summary>"de dag na morgen", "the day before Christmas".</summary>
    private static DateMention? DayAfterAnchor(string s, DateOnly today) =>
        Match(DatePatterns.DayAfter, s) is { } d && Resolve(d.Groups["rest"].Value, today) is { Kind: DateMentionKind.Day } day
            ? DateMention.Day(day.Start.AddDays(d.Groups["dir"].Value is "voor" or "before" ? -1 : 1))
            : null;

    /// <summary>"3 dagen geleden", "a week ago"; months and years ago name no day ("2 jaar geleden verhuisd").</summary>
    private static DateMention? Ago(string s, DateOnly today) =>
        Match(DatePatterns.Ago, s) is { } m ? DateMention.Day(DateCalendar.Add(today, -Int(m, "n"), m.Groups["unit"].Value)) : null;

    /// <summary>"vrijdag over een week", "morgen over twee weken".</summary>
    /// <summary>"vrijdag over een week"; said on a Monday, "maandag over een week" is a week from today.</summary>
    private static DateMention? AnchorThenOffset(string s, DateOnly today)
    {
        if (Match(DatePatterns.AnchorThenOffset, s) is not { } m || Resolve(m.Groups["anchor"].Value, today) is not { Kind: DateMentionKind.Day } anchor)
            return null;
        var from = m.Groups["weekday"].Success && Weekday(m) == today.DayOfWeek ? today : anchor.Start;
        return DateMention.Day(DateCalendar.Add(from, Int(m, "n"), m.Groups["unit"].Value));
    }

    /// <summary>"de maandag na sinterklaas", "de vrijdag voor kerst": the first such weekday after (or before) the day named.</summary>
    private static DateMention? WeekdayAfterAnchor(string s, DateOnly today)
    {
        if (Match(DatePatterns.WeekdayAfterAnchor, s) is not { } m || Resolve(m.Groups["rest"].Value, today) is not { Kind: DateMentionKind.Day } anchor)
            return null;
        return DateMention.Day(m.Groups["dir"].Value is "na" or "after"
            ? DateCalendar.NextWeekday(anchor.Start, Weekday(m))
            : DateCalendar.WeekdayOnOrBefore(anchor.Start.AddDays(-1), Weekday(m)));
    }

    /// <summary>"na het weekend": the Monday after the coming (or current) weekend, which is the next Monday.</summary>
    private static DateMention? AfterWeekend(string s, DateOnly today) =>
        Match(DatePatterns.AfterWeekend, s) is null ? null : DateMention.Day(DateCalendar.NextWeekday(today, DayOfWeek.Monday));

    /// <summary>
    /// "loon staat er de 25e op, de dag erna betaal ik", "mijn vlucht gaat donderdag, de dag ervoor maak ik het over":
    /// the day after (or before) the day named before it; a day before today names nothing.
    /// </summary>
    private static DateMention? DayNextToEarlier(string s, DateOnly today) =>
        Match(DatePatterns.DayNextToEarlier, s) is { } m && Resolve(s[..m.Index], today) is { Kind: DateMentionKind.Day } earlier
        && earlier.Start.AddDays(m.Groups["after"].Success ? 1 : -1) is var day && (m.Groups["after"].Success || day >= today)
            ? DateMention.Day(day)
            : null;

    /// <summary>"tot maandag de 7e in het ziekenhuis, de dinsdag erna regel ik het": the first such weekday after the day named before.</summary>
    private static DateMention? WeekdayAfterEarlier(string s, DateOnly today) =>
        Match(DatePatterns.WeekdayAfterEarlier, s) is { } m && Resolve(s[..m.Index], today) is { Kind: DateMentionKind.Day } earlier
            ? DateMention.Day(DateCalendar.NextWeekday(earlier.Start, Weekday(m)))
            : null;

    /// <summary>"salaris komt de 28e, uiterlijk 2 dagen later": that many days after the day named before.</summary>
    private static DateMention? DaysAfterEarlier(string s, DateOnly today) =>
        Match(DatePatterns.DaysAfterEarlier, s) is { } m && Resolve(s[..m.Index], today) is { Kind: DateMentionKind.Day } earlier
            ? DateMention.Day(earlier.Start.AddDays(Int(m, "n")))
            : null;

    /// <summary>"meteen na koningsdag", "de eerste werkdag na nieuwjaar": the first working day after the holiday's next occurrence.</summary>
    private static DateMention? WorkdayAfterHoliday(string s, DateOnly today) =>
        Match(DatePatterns.WorkdayAfterHoliday, s) is { } m && Holiday(m.Value, today) is { Kind: DateMentionKind.Day } holiday
            ? DateMention.Day(DateCalendar.FirstWorkingDayOnOrAfter(holiday.Start.AddDays(1)))
            : null;

    /// <summary>"een week of drie heb ik nodig": that long from today.</summary>
    private static DateMention? TimeNeeded(string s, DateOnly today) =>
        Match(DatePatterns.TimeNeeded, s) is { } m ? DateMention.Day(DateCalendar.Add(today, Int(m, "n"), m.Groups["unit"].Value)) : null;

    /// <summary>"pas in februari, de 5e": the day of the month named just before it.</summary>
    private static DateMention? MonthCommaDay(string s, DateOnly today)
    {
        if (Match(DatePatterns.MonthCommaDay, s) is not { } m) return null;
        var (year, month) = DateCalendar.NextMonthOccurrence(today, Month(m));
        return DateCalendar.DayOrImpossible(year, month, Int(m, "d"));
    }

    /// <summary>"eerste helft december": by the 15th; "tweede helft": by the month's last day.</summary>
    private static DateMention? HalfOfMonth(string s, DateOnly today)
    {
        if (Match(DatePatterns.HalfOfMonth, s) is not { } m) return null;
        var (year, month) = m.Groups["month"].Success ? DateCalendar.NextMonthOccurrence(today, Month(m))
            : DateCalendar.NamedMonth(today, m.Groups["next"].Success ? "volgende" : "deze");
        var first = m.Groups["which"].Value is "eerste" or "1e" or "first";
        DateOnly End(int y, int mo) => new(y, mo, first ? 15 : DateTime.DaysInMonth(y, mo));
        var day = End(year, month);
        // "de eerste helft van de maand" once this month's has passed: next month's.
        if (day < today && !m.Groups["month"].Success)
            day = End(month == 12 ? year + 1 : year, month % 12 + 1);
        return DateMention.Day(day);
    }

    /// <summary>"de 1e van het nieuwe jaar".</summary>
    private static DateMention? DayOfNewYear(string s, DateOnly today) =>
        Match(DatePatterns.DayOfNewYear, s) is { } m ? DateCalendar.DayOrImpossible(today.Year + 1, 1, Int(m, "d")) : null;

    /// <summary>"volgende maand de 5e", "vorige maand de 30e".</summary>
    private static DateMention? MonthThenDay(string s, DateOnly today)
    {
        if (Match(DatePatterns.MonthThenDay, s) is not { } m) return null;
        var (year, month) = DateCalendar.NamedMonth(today, m.Groups["which"].Value);
        return DateCalendar.DayOrImpossible(year, month, Int(m, "d"));
    }

    /// <summary>"the Friday after next": the weekday a week after the next one.</summary>
    private static DateMention? WeekdayAfterNext(string s, DateOnly today) =>
        Match(DatePatterns.WeekdayAfterNext, s) is { } m ? DateMention.Day(DateCalendar.NextWeekday(today, Weekday(m)).AddDays(7)) : null;

    /// <summary>"over twee zondagen", "twee maandagen later": the n-th such weekday after today.</summary>
    private static DateMention? NthWeekdayAfterToday(string s, DateOnly today)
    {
        if (Match(DatePatterns.NthWeekdayAfterToday, s) is not { } m) return null;
        var weekday = DateWords.WeekdayPlurals.First(w => w.Name == m.Groups["weekdays"].Value).Day;
        return DateMention.Day(DateCalendar.NextWeekday(today, weekday).AddDays(7 * (Int(m, "n") - 1)));
    }

    /// <summary>"over 10 dagen", "na 2 weken", "in three weeks", "over vier werkdagen".</summary>
    private static DateMention? Offset(string s, DateOnly today)
    {
        if (Match(DatePatterns.Offset, s) is not { } m) return null;
        if (m.Value.StartsWith("in ", StringComparison.Ordinal) && DatePatterns.CountBefore.IsMatch(s[..m.Index])) return null;
        // "een dag later" beside a named day is later than that day, not than today: the named day says more.
        if (m.Value.EndsWith("later", StringComparison.Ordinal) && (DayMonth(s, today) ?? MonthDay(s, today) ?? NumericDayMonth(s, today)) is not null) return null;
        return DateMention.Day(DateCalendar.Add(today, Int(m, "n"), m.Groups["unit"].Value));
    }

    // ---- days within a month ---------------------------------------------------------------------------

    /// <summary>"de eerste vrijdag van volgende maand".</summary>
    private static DateMention? NthWeekdayOfMonth(string s, DateOnly today)
    {
        if (Match(DatePatterns.NthWeekdayOfMonth, s) is not { } m) return null;
        // "de laatste donderdag van het jaar": of this year's December; "de 1e maandag van het jaar": of the coming January.
        var (year, month) = m.Groups["year"].Success ? (m.Groups["last"].Success ? (today.Year, 12) : (today.Year + 1, 1))
            : m.Groups["month"].Success ? DateCalendar.NextMonthOccurrence(today, Month(m)) : DateCalendar.NamedMonth(today, m.Groups["which"].Value);
        var found = NthWeekdayIn(year, month, m);
        // "de laatste dinsdag van de maand": this month's, or next month's when this month's has passed.
        if (m.Groups["any"].Success && found is { Kind: DateMentionKind.Day } passed && passed.Start < today)
            found = NthWeekdayIn(month == 12 ? year + 1 : year, month % 12 + 1, m);
        return found;
    }

    private static DateMention NthWeekdayIn(int year, int month, Match m)
    {
        if (m.Groups["last"].Success)
            return DateMention.Day(DateCalendar.WeekdayOnOrBefore(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), Weekday(m)));
        var first = new DateOnly(year, month, 1);
        var day = first.AddDays(((int)Weekday(m) - (int)first.DayOfWeek + 7) % 7 + 7 * (Int(m, "n") - 1));
        return day.Month == month ? DateMention.Day(day) : DateMention.Impossible;
    }

    /// <summary>
    /// "in week 51", "wk 2", "week 1 van 2027": that ISO week (without a year, the coming one: "week 2" said in
    /// December is January's, unless the words around it tell of a recent week gone by), due on its last working day
    /// like "volgende week"; "maandag van week 2" is that day.
    /// </summary>
    private static DateMention? WeekNumber(string s, DateOnly today)
    {
        if (Match(DatePatterns.WeekNumber, s) is not { } m) return null;
        var n = Int(m, "n");
        var year = m.Groups["year"].Success ? Int(m, "year") : ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue));
        // "ik heb in week 45 al betaald": a week of the last three months, told about in the past, is no week of paying.
        if (!m.Groups["year"].Success && InThePast(s, m) && RecentWeek(today, n) is { } past)
            return DateMention.PastDay(DateCalendar.LastWorkingDayOnOrBefore(past.AddDays(4)));
        if (!m.Groups["year"].Success && (n > ISOWeek.GetWeeksInYear(year) || MondayOfWeek(year, n).AddDays(6) < today)) year++;
        if (n > ISOWeek.GetWeeksInYear(year)) return DateMention.Impossible;
        var monday = MondayOfWeek(year, n);
        if (m.Groups["weekday"].Success || m.Groups["weekday2"].Success)
            return DateMention.Day(DateCalendar.NextWeekdayOnOrAfter(monday, Weekday(m, m.Groups["weekday"].Success ? "weekday" : "weekday2")));
        return WholeWeek(monday);
    }

    /// <summary>The Monday of the last week numbered so that has ended (this year's or last year's), if within three months.</summary>
    private static DateOnly? RecentWeek(DateOnly today, int n)
    {
        var thisYear = ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue));
        foreach (var year in (int[])[thisYear, thisYear - 1])
        {
            if (n > ISOWeek.GetWeeksInYear(year) || MondayOfWeek(year, n) is var monday && monday.AddDays(6) >= today) continue;
            return today.DayNumber - monday.AddDays(6).DayNumber <= 92 ? monday : null;
        }
        return null;
    }

    private static DateOnly MondayOfWeek(int year, int week) => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));

    /// <summary>"in de week van 7 december": the week that day falls in, due on its last working day.</summary>
    private static DateMention? WeekOf(string s, DateOnly today) =>
        Match(DatePatterns.WeekOf, s) is { } m && Resolve(m.Groups["date"].Value, today) is { Kind: DateMentionKind.Day } day
            ? WholeWeek(DateCalendar.StartOfWeek(day.Start))
            : null;

    /// <summary>Monday to Sunday, due on the week's last working day (none when the whole working week is holidays).</summary>
    private static DateMention WholeWeek(DateOnly monday)
    {
        var lastWorkingDay = DateCalendar.LastWorkingDayOnOrBefore(monday.AddDays(4));
        return DateMention.Period(monday, monday.AddDays(6)) with { DueDay = lastWorkingDay >= monday ? lastWorkingDay : null };
    }

    /// <summary>"eind van de maand", "begin volgende maand", "eind van het jaar", "eind december".</summary>
    private static DateMention? MonthPart(string s, DateOnly today)
    {
        if (Match(DatePatterns.YearEnd, s) is { } end)
        {
            // "nog voor 2027": the last day of the year before it (a year already begun names no day).
            if (!end.Groups["before"].Success)
                return DateMention.Day(end.Groups["work"].Success ? DateCalendar.LastWorkingDayOnOrBefore(new DateOnly(today.Year, 12, 31)) : new DateOnly(today.Year, 12, 31));
            var before = Int(end, "before");
            return before > today.Year ? DateMention.Day(new DateOnly(before - 1, 12, 31)) : null;
        }
        if (Match(DatePatterns.MonthPart, s) is not { } m) return null;
        var (year, month) = m.Groups["month"].Success ? DateCalendar.NextMonthOccurrence(today, Month(m)) : DateCalendar.NamedMonth(today, m.Groups["which"].Value);
        // "mijn bijstand komt op de eerste werkdag van de maand", said when this month's is behind us: the next one
        // (not when told about: "ik heb begin van de maand al betaald").
        if (!m.Groups["month"].Success && m.Groups["which"].Value is "" or "de" or "the" && !InThePast(s, m)
            && m.Groups["part"].Value switch
            {
                "begin" or "start" or "beginning" => new DateOnly(year, month, 7) < today,
                "1e werkdag" or "1e working day" or "1e business day" => DateCalendar.FirstWorkingDayOnOrAfter(new DateOnly(year, month, 1)) < today,
                _ => false,
            })
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return m.Groups["part"].Value switch
        {
            "begin" or "start" or "beginning" => DateMention.Period(new DateOnly(year, month, 1), new DateOnly(year, month, 7)),
            "laatste werkdag" or "last working day" or "last business day" => DateMention.Day(DateCalendar.LastWorkingDayOnOrBefore(last)),
            "1e werkdag" or "1e working day" or "1e business day" => DateMention.Day(DateCalendar.FirstWorkingDayOnOrAfter(new DateOnly(year, month, 1))),
            // "medio november" said at the end of November is behind us: no payment day (the month is read as before).
            "medio" or "midden" or "halverwege" or "halfweg" or "half" or "middle" or "mid" => m.Groups["month"].Success
                ? DayMonthIn(s, m, today, month, 15) is { Start: var mid } && mid >= today ? DateMention.Day(mid) : null
                : DateMention.Day(new DateOnly(year, month, 15)),
            _ => DateMention.Day(last),
        };
    }

    /// <summary>
    /// "de 2e week van december", "de eerste week van januari": Monday to Friday of that week, the weeks of a month
    /// being those whose Thursday falls in it (so January 2027's first week starts on the 4th); the last week of a
    /// month ends on its last day at the latest.
    /// </summary>
    private static DateMention? NthWeekOfMonth(string s, DateOnly today)
    {
        if (Match(DatePatterns.NthWeekOfMonth, s) is not { } m) return null;
        var (year, month) = m.Groups["month"].Success ? DateCalendar.NextMonthOccurrence(today, Month(m)) : DateCalendar.NamedMonth(today, m.Groups["which"].Value);
        var firstThursday = DateCalendar.NextWeekdayOnOrAfter(new DateOnly(year, month, 1), DayOfWeek.Thursday);
        var lastThursday = DateCalendar.WeekdayOnOrBefore(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DayOfWeek.Thursday);
        var monday = (m.Groups["last"].Success ? lastThursday : firstThursday.AddDays(7 * (Int(m, "n") - 1))).AddDays(-3);
        if (monday.AddDays(3).Month != month) return DateMention.Impossible;
        var friday = monday.AddDays(4);
        var end = friday.Month == month ? friday : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return end < today ? null : DateMention.Period(monday < today ? today : monday, end);
    }

    /// <summary>"midden volgende week": the Wednesday of that week.</summary>
    private static DateMention? MiddleOfWeek(string s, DateOnly today) =>
        Match(DatePatterns.MiddleOfWeek, s) is { } m
            ? DateMention.Day(DateCalendar.StartOfWeek(today).AddDays(m.Groups["which"].Value is "deze" or "this" ? 2 : 9))
            : null;

    private static DateMention? Holiday(string s, DateOnly today)
    {
        if (Match(DatePatterns.Holiday, s) is not { } m) return null;
        var key = HolidayKey(m);
        if (DatePatterns.NextYear.IsMatch(s)) return DateMention.Day(Holidays.InYear(key, today.Year + 1)!.Value);
        var day = Holidays.InYear(key, today.Year)!.Value;
        return DateMention.Day(day >= today ? day : Holidays.InYear(key, today.Year + 1)!.Value);
    }

    private static DateMention? DayMonth(string s, DateOnly today) =>
        Match(DatePatterns.DayMonth, s) is { } m ? DayMonthIn(s, m, today, Month(m), Int(m, "d")) : null;

    private static DateMention? MonthDay(string s, DateOnly today) =>
        Match(DatePatterns.MonthDay, s) is { } m ? DayMonthIn(s, m, today, Month(m), Int(m, "d")) : null;

    /// <summary>Day and month of a numeric date, day first; a second number above 12 makes it month first ("12/16").</summary>
    private static (int Day, int Month) DayAndMonth(Match m)
    {
        var (day, month) = (Int(m, "d"), Int(m, "m"));
        return month > 12 && day is >= 1 and <= 12 && month <= 31 ? (month, day) : (day, month);
    }

    /// <summary>"15/12", "15-12", "04.12."; "12/15" can only be month first (the American order).</summary>
    private static DateMention? NumericDayMonth(string s, DateOnly today)
    {
        if ((Match(DatePatterns.NumericDayMonth, s) ?? Match(DatePatterns.DottedDayMonth, s)) is not { } m) return null;
        var (day, month) = DayAndMonth(m);
        return month is >= 1 and <= 12 ? DayMonthIn(s, m, today, month, day) : null;
    }

    /// <summary>A day and month without a year: the next such day, or this year's when the message speaks of the past.</summary>
    /// <remarks>A day of the last three months is that day even without a word of the past, unless a word of paying
    /// still to come is in its part of the message: nobody promises to pay eleven months ahead ("op 26 november
    /// 142,50 overgemaakt", said on the 30th; "de boete van 18 september").</remarks>
    private static DateMention DayMonthIn(string s, Match m, DateOnly today, int month, int day)
    {
        var past = InThePast(s, m);
        var recentUnlessToCome = !DatePatterns.ToCome.IsMatch(PartAround(s, m));
        bool Recent(DateOnly d) => today.DayNumber - d.DayNumber <= 92;
        if (DateCalendar.Valid(today.Year, month, day) && new DateOnly(today.Year, month, day) is var thisYear && thisYear <= today)
        {
            if (past || Recent(thisYear) && recentUnlessToCome) return DateMention.Day(thisYear);
        }
        else if (DateCalendar.Valid(today.Year - 1, month, day) && new DateOnly(today.Year - 1, month, day) is var lastYear
            && Recent(lastYear) && (past || recentUnlessToCome))
        {
            return DateMention.Day(lastYear);
        }
        return DateCalendar.NextDayMonth(today, month, day);
    }

    /// <summary>"de 15e", "de 20ste van de volgende maand", "on the 25th".</summary>
    private static DateMention? DayOfMonth(string s, DateOnly today)
    {
        if (Match(DatePatterns.DayOfMonth, s) is not { } m) return null;
        var day = Int(m, "d");
        if (m.Groups["which"].Success)
        {
            var (year, month) = DateCalendar.NamedMonth(today, m.Groups["which"].Value);
            return DateCalendar.Valid(year, month, day) ? DateMention.Day(new DateOnly(year, month, day)) : DateMention.Impossible;
        }
        if (InThePast(s, m) && day >= 1 && day <= today.Day) return DateMention.Day(new DateOnly(today.Year, today.Month, day));
        return DateCalendar.NextDayOfMonth(today, day);
    }

    /// <summary>"vrijdag 23", "dinsdag de 11e": the day of the month decides; the weekday only confirms it.</summary>
    private static DateMention? WeekdayDayOfMonth(string s, DateOnly today) =>
        Match(DatePatterns.WeekdayDayOfMonth, s) is { } m && Int(m, "d") <= 31 ? DateCalendar.NextDayOfMonth(today, Int(m, "d")) : null;

    // ---- weekdays and relative days --------------------------------------------------------------------

    /// <summary>"volgende week vrijdag", "deze week op vrijdag", "vrijdag volgende week".</summary>
    private static DateMention? WeekdayInWeek(string s, DateOnly today)
    {
        if (Match(DatePatterns.WeekdayInWeek, s) is not { } m) return null;
        var monday = DateCalendar.StartOfWeek(today).AddDays(m.Groups["which"].Value switch
        {
            "deze" or "this" => 0,
            "vorige" or "afgelopen" or "last" => -7,
            _ => 7,
        });
        return DateMention.Day(monday.AddDays(((int)Weekday(m) + 6) % 7));
    }

    private static DateMention? RelativeDay(string s, DateOnly today)
    {
        if (DatePatterns.DayAfterTomorrow.IsMatch(s)) return DateMention.Day(today.AddDays(2));
        if (DatePatterns.Tomorrow.IsMatch(s)) return DateMention.Day(today.AddDays(1));
        if (DatePatterns.Today.IsMatch(s)) return DateMention.Day(today);
        if (DatePatterns.DayBeforeYesterday.IsMatch(s)) return DateMention.Day(today.AddDays(-2));
        if (DatePatterns.Yesterday.IsMatch(s)) return DateMention.Day(today.AddDays(-1));
        return null;
    }

    /// <summary>
    /// "vrijdag", "aanstaande vrijdag": the first such day after today. "volgende vrijdag" said while this
    /// week's Friday is still ahead can mean either Friday, so it is reported as ambiguous.
    /// </summary>
    private static DateMention? Weekday(string s, DateOnly today)
    {
        if (Match(DatePatterns.Weekday, s) is not { } m) return null;
        var next = DateCalendar.NextWeekday(today, Weekday(m));
        // "was vrijdag gedaan", "heb ik maandag betaald", "afgelopen dinsdag": the last such day.
        if (m.Groups["mod"].Value is "afgelopen" or "vorige" or "last" or "past") return DateMention.Day(next.AddDays(-7));
        if (!m.Groups["mod"].Success && InThePast(s, m)) return DateMention.Day(next.AddDays(-7));
        var saysNext = m.Groups["mod"].Value is "volgende" or "next";
        return saysNext && next < DateCalendar.StartOfWeek(today).AddDays(7) ? DateMention.Ambiguous(next, next.AddDays(7)) : DateMention.Day(next);
    }

    private static DateMention? WeekPeriod(string s, DateOnly today)
    {
        if (Match(DatePatterns.WeekEnd, s) is { } end)
        {
            var week = DateCalendar.StartOfWeek(today).AddDays(end.Groups["which"].Value is "volgende" or "komende" or "next" ? 7 : 0);
            return DateMention.Day(week.AddDays(4));
        }
        if (Match(DatePatterns.BeforeWeekend, s) is not null)
        {
            var friday = DateCalendar.NextWeekdayOnOrAfter(today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? today.AddDays(2) : today, DayOfWeek.Friday);
            return DateMention.Period(today, friday);
        }
        if (Match(DatePatterns.Weekend, s) is not null)
        {
            var saturday = today.DayOfWeek == DayOfWeek.Sunday ? today.AddDays(-1) : DateCalendar.NextWeekdayOnOrAfter(today, DayOfWeek.Saturday);
            return DateMention.Period(saturday, saturday.AddDays(1));
        }
        if (Match(DatePatterns.Week, s) is not { } m) return null;
        var weeksAhead = m.Groups["after"].Success ? 2 : m.Groups["which"].Value is "deze" or "this" ? 0 : 1;
        var monday = DateCalendar.StartOfWeek(today).AddDays(7 * weeksAhead);
        // A payment "deze week" or "volgende week" is due on the week's last working day, as an agent notes it
        // (a weekend's "deze week" still runs to Sunday).
        var lastWorkingDay = DateCalendar.LastWorkingDayOnOrBefore(monday.AddDays(4));
        return DateMention.Period(monday, monday.AddDays(m.Groups["work"].Success ? 4 : 6)) with
        {
            DueDay = lastWorkingDay >= today && lastWorkingDay >= monday ? lastWorkingDay : null,
        };
    }

    private static DateMention? MonthPeriod(string s, DateOnly today)
    {
        if (Match(DatePatterns.RelativeMonth, s) is { } r)
        {
            var (year, month) = DateCalendar.NamedMonth(today, r.Groups["which"].Value);
            return DateCalendar.WholeMonth(year, month);
        }
        if (Match(DatePatterns.NamedMonth, s) is not { } m) return null;
        // "may" alone is far more often the English verb than the month.
        if (m.Groups["month"].Value == "may" && !m.Groups["mod"].Success) return null;
        var (y, mo) = DateCalendar.NextMonthOccurrence(today, Month(m));
        return DateCalendar.WholeMonth(m.Groups["nextyear"].Success ? today.Year + 1 : y, mo);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /// <summary>
    /// Whether the words around a date put it in the past: a past cue near it ("betaald", "de factuur van") and no
    /// word of paying still to come in the same part of the message ("ik heb de brief ontvangen en betaal de 15e"
    /// is a promise; "betaald op 27 nov, bewijs kan ik sturen" is not).
    /// </summary>
    private static bool InThePast(string s, Match date)
    {
        const int Reach = 50;
        var start = Math.Max(0, date.Index - Reach);
        var around = s[start..Math.Min(s.Length, date.Index + date.Length + Reach)];
        return DatePatterns.DocumentOf.IsMatch(s[..date.Index])
            || DatePatterns.PastContext.IsMatch(around) && !DatePatterns.ToCome.IsMatch(PartAround(s, date));
    }

    /// <summary>The part of the message (between sentence ends, commas, "dus", "maar") that holds the date.</summary>
    private static string PartAround(string s, Match date)
    {
        var start = 0;
        var end = s.Length;
        foreach (Match b in DatePatterns.ClauseBreak.Matches(s))
        {
            if (b.Index + b.Length <= date.Index) start = b.Index + b.Length;
            else if (b.Index >= date.Index + date.Length) { end = b.Index; break; }
        }
        return s[start..end];
    }

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

    private static DayOfWeek Weekday(Match m, string group = "weekday")
    {
        var word = m.Groups[group].Value;
        return DateWords.WeekdayNames.First(x => x.Name == word).Day;
    }

    private static string HolidayKey(Match m)
    {
        var phrase = m.Groups["holiday"].Value;
        return DateWords.HolidayNames.First(h => h.Phrase == phrase).Key;
    }

}
