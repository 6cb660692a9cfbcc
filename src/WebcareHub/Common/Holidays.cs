namespace WebcareHub.Common;

/// <summary>Dutch public holidays and other named days, by year.</summary>
public static class Holidays
{
    /// <summary>Easter Sunday (Gregorian calendar, anonymous algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>King's Day: 27 April, or the 26th when the 27th is a Sunday.</summary>
    public static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>The named day in a given year; null for an unknown name.</summary>
    public static DateOnly? InYear(string key, int year) => key switch
    {
        "christmas" => new DateOnly(year, 12, 25),
        "boxing-day" => new DateOnly(year, 12, 26),
        "christmas-eve" => new DateOnly(year, 12, 24),
        "new-year" => new DateOnly(year, 1, 1),
        "new-years-eve" => new DateOnly(year, 12, 31),
        "easter" => EasterSunday(year),
        "easter-monday" => EasterSunday(year).AddDays(1),
        "good-friday" => EasterSunday(year).AddDays(-2),
        "ascension" => EasterSunday(year).AddDays(39),
        "whit-sunday" => EasterSunday(year).AddDays(49),
        "whit-monday" => EasterSunday(year).AddDays(50),
        "kings-day" => KingsDay(year),
        "liberation-day" => new DateOnly(year, 5, 5),
        "sinterklaas" => new DateOnly(year, 12, 5),
        "epiphany" => new DateOnly(year, 1, 6),
        "valentine" => new DateOnly(year, 2, 14),
        _ => null,
    };
}
