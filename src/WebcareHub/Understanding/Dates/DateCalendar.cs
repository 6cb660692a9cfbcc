using WebcareHub.Common;

namespace WebcareHub.Understanding.Dates;

/// <summary>Calendar arithmetic for the recogniser: next occurrences, weeks, months, business days.</summary>
internal static class DateCalendar
{
    internal static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    internal static DateMention DayOrImpossible(int year, int month, int day) =>
        Valid(year, month, day) ? DateMention.Day(new DateOnly(year, month, day)) : DateMention.Impossible;

    internal static DateMention WholeMonth(int year, int month) =>
        DateMention.Period(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>A day and month without a year: the next time it comes (today included); 29 February waits for a leap year.</summary>
    internal static DateMention NextDayMonth(DateOnly today, int month, int day)
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
    internal static DateMention NextDayOfMonth(DateOnly today, int day)
    {
        if (day is < 1 or > 31) return DateMention.Impossible;
        if (day >= today.Day && Valid(today.Year, today.Month, day)) return DateMention.Day(new DateOnly(today.Year, today.Month, day));
        var next = today.AddMonths(1);
        return Valid(next.Year, next.Month, day) ? DateMention.Day(new DateOnly(next.Year, next.Month, day)) : DateMention.Impossible;
    }

    internal static (int Year, int Month) NamedMonth(DateOnly today, string which)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        var month = which is "deze" or "this" or "de" or "the" or "" ? first
            : which is "vorige" or "afgelopen" or "last" or "previous" ? first.AddMonths(-1)
            : first.AddMonths(1);
        return (month.Year, month.Month);
    }

    internal static (int Year, int Month) NextMonthOccurrence(DateOnly today, int month) =>
        month >= today.Month ? (today.Year, month) : (today.Year + 1, month);

    internal static DateOnly NextWeekday(DateOnly today, DayOfWeek day) => NextWeekdayOnOrAfter(today.AddDays(1), day);

    internal static DateOnly NextWeekdayOnOrAfter(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    internal static DateOnly WeekdayOnOrBefore(DateOnly from, DayOfWeek day) => from.AddDays(-(((int)from.DayOfWeek - (int)day + 7) % 7));

    internal static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    internal static DateOnly Add(DateOnly from, int n, string unit)
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

    internal static DateOnly AddBusinessDays(DateOnly from, int n)
    {
        var step = Math.Sign(n);
        var day = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    internal static DateOnly LastWorkingDayOnOrBefore(DateOnly day) => NearestWorkingDay(day, -1);

    internal static DateOnly FirstWorkingDayOnOrAfter(DateOnly day) => NearestWorkingDay(day, 1);

    private static DateOnly NearestWorkingDay(DateOnly day, int step)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(step);
        return day;
    }

    private static readonly string[] DaysOff = ["new-year", "easter-monday", "kings-day", "ascension", "whit-monday", "christmas", "boxing-day"];

    /// <summary>Not a weekend day, nor a public holiday most people have off.</summary>
    internal static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DaysOff.Any(key => Holidays.InYear(key, day.Year) == day);
}
