using System.Globalization;
using Microsoft.Extensions.Options;
using WebcareHub.Common;
using WebcareHub.Understanding;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Handoff;

/// <summary>Whether people are in now, and when they are back, in the company's time zone.</summary>
public sealed class OpeningHours(TimeProvider clock, IOptions<OpeningHoursOptions> options, IOptions<UnderstandingOptions> zone)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(zone.Value.TimeZone);

    public bool IsOpen() => CurrentOpening() is not null;

    /// <summary>The next moment people are in (now, if open), within two weeks.</summary>
    public DateTime? NextOpening()
    {
        var now = LocalNow();
        for (var day = now.Date; day <= now.Date.AddDays(14); day = day.AddDays(1))
        {
            if (Hours(day) is not { } h) continue;
            if (day > now.Date || now.TimeOfDay < h.Open) return day + h.Open;
            if (now.TimeOfDay < h.Close) return now;
        }
        return null;
    }

    /// <summary>When people are back, in the customer's words ("woensdag 25 november om 08:30"), or "?" beyond two weeks.</summary>
    public string NextOpeningText(string locale) => NextOpening() is { } back
        ? back.ToString(locale == Locales.English ? "dddd d MMMM 'at' HH:mm" : "dddd d MMMM 'om' HH:mm", Locales.Culture(locale))
        : "?";

    /// <summary>When the current opening began (UTC), or null out of hours.</summary>
    public DateTime? OpenedAt() => CurrentOpening() is { } opened ? TimeZoneInfo.ConvertTimeToUtc(opened, _zone) : null;

    /// <summary>When the current opening began in local time, or null out of hours (no time-zone conversion: asked every turn).</summary>
    private DateTime? CurrentOpening()
    {
        var now = LocalNow();
        return Hours(now.Date) is { } h && now.TimeOfDay >= h.Open && now.TimeOfDay < h.Close ? now.Date + h.Open : null;
    }

    /// <summary>The weekly hours in words, days with equal hours together: "ma–do 08:30–17:30, vr 08:30–17:00".</summary>
    public string Describe(string locale)
    {
        var culture = Locales.Culture(locale);
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        var runs = new List<(DayOfWeek First, DayOfWeek Last, string Hours)>();
        foreach (var day in week)
        {
            if (options.Value.Weekly.GetValueOrDefault(day.ToString()) is not { } hours || hours.Equals("closed", StringComparison.OrdinalIgnoreCase)) continue;
            var shown = hours.Replace("-", "–", StringComparison.Ordinal);
            if (runs.Count > 0 && runs[^1].Hours == shown && (int)runs[^1].Last % 7 == ((int)day + 6) % 7) runs[^1] = runs[^1] with { Last = day };
            else runs.Add((day, day, shown));
        }
        string Name(DayOfWeek d) => culture.DateTimeFormat.GetAbbreviatedDayName(d).TrimEnd('.');
        return string.Join(", ", runs.Select(r => r.First == r.Last ? $"{Name(r.First)} {r.Hours}" : $"{Name(r.First)}–{Name(r.Last)} {r.Hours}"));
    }

    private (TimeSpan Open, TimeSpan Close)? Hours(DateTime day)
    {
        var key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = options.Value.Exceptions.TryGetValue(key, out var exception)
            ? exception
            : IsClosedHoliday(DateOnly.FromDateTime(day)) ? null
            : options.Value.Weekly.GetValueOrDefault(day.DayOfWeek.ToString());
        if (text is null || text.Equals("closed", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = text.Split('-');
        return (TimeSpan.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>A public holiday the office closes on (Liberation Day only in lustrum years unless set otherwise).</summary>
    public bool IsClosedHoliday(DateOnly day) => options.Value.ClosedOnHolidays.Any(key =>
        Holidays.InYear(key, day.Year) == day
        && (key != "liberation-day" || options.Value.LiberationDayEveryYear || day.Year % 5 == 0));

    private DateTime LocalNow() => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime;

    /// <summary>Checks the format at start-up so a typo stops the app instead of a hand-off.</summary>
    public static bool IsValid(OpeningHoursOptions o) =>
        o.Weekly.All(kv => Enum.TryParse<DayOfWeek>(kv.Key, out _) && IsRange(kv.Value))
        && o.ClosedOnHolidays.All(key => Holidays.InYear(key, 2026) is not null)
        && o.Exceptions.All(kv => DateOnly.TryParseExact(kv.Key, "yyyy-MM-dd", out _)
            && (kv.Value.Equals("closed", StringComparison.OrdinalIgnoreCase) || IsRange(kv.Value)));

    private static bool IsRange(string text) =>
        text.Split('-') is [var a, var b]
        && TimeSpan.TryParse(a, CultureInfo.InvariantCulture, out var open)
        && TimeSpan.TryParse(b, CultureInfo.InvariantCulture, out var close)
        && open < close;
}
