using System.Globalization;
using Microsoft.Extensions.Options;
using WebcareHub.Common;
using WebcareHub.Handoff;
using WebcareHub.Understanding;

namespace WebcareHub.FollowUps;

/// <summary>
/// When a customer may be approached (summary, thank-you, survey, call-back offer): between
/// <see cref="FollowUpOptions.ContactFrom"/> and <see cref="FollowUpOptions.ContactUntil"/> Amsterdam time, never
/// on a Sunday, a public holiday, a day set equal to one, or a day the office is closed by exception.
/// </summary>
public sealed class ContactWindow(IOptions<FollowUpOptions> options, IOptions<OpeningHoursOptions> hours, IOptions<UnderstandingOptions> zone)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(zone.Value.TimeZone);
    private readonly TimeSpan _from = TimeSpan.Parse(options.Value.ContactFrom, CultureInfo.InvariantCulture);
    private readonly TimeSpan _until = TimeSpan.Parse(options.Value.ContactUntil, CultureInfo.InvariantCulture);

    public bool IsAllowed(DateTimeOffset at) => NextAllowed(at) == at;

    /// <summary><paramref name="at"/> itself when it is allowed, otherwise the first allowed moment after it.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        // A year of closed days in a row cannot happen with valid settings; the bound keeps a bad setting from looping forever.
        for (var day = DateOnly.FromDateTime(local.DateTime); day <= DateOnly.FromDateTime(local.DateTime).AddDays(366); day = day.AddDays(1))
        {
            if (!IsContactDay(day)) continue;
            var isToday = day == DateOnly.FromDateTime(local.DateTime);
            if (isToday && local.TimeOfDay >= _until) continue;
            if (isToday && local.TimeOfDay >= _from) return at;
            return Utc(day.ToDateTime(TimeOnly.FromTimeSpan(_from)));
        }
        throw new InvalidOperationException("No day in the coming year allows contact: check FollowUps and OpeningHours settings");
    }

    /// <summary>A day on which customers may be approached at all.</summary>
    public bool IsContactDay(DateOnly day) =>
        day.DayOfWeek != DayOfWeek.Sunday
        && !options.Value.NoContactHolidays.Any(key => Holidays.InYear(key, day.Year) == day)
        && !options.Value.NoContactDays.Contains(Key(day))
        && !(hours.Value.Exceptions.TryGetValue(Key(day), out var exception) && exception.Equals("closed", StringComparison.OrdinalIgnoreCase));

    /// <summary>The <paramref name="count"/>-th contact day after <paramref name="day"/> (business days for a grace period).</summary>
    public DateOnly AddContactDays(DateOnly day, int count)
    {
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsContactDay(day) && day.DayOfWeek != DayOfWeek.Saturday) added++;
        }
        return day;
    }

    /// <summary>The instant a day's local time (Amsterdam) happens.</summary>
    public DateTimeOffset Moment(DateOnly day, TimeOnly time) => Utc(day.ToDateTime(time));

    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);

    private DateTimeOffset Utc(DateTime local) => new(TimeZoneInfo.ConvertTimeToUtc(local, _zone), TimeSpan.Zero);

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks the settings at start-up so a typo stops the app instead of a message at night.</summary>
    public static bool IsValid(FollowUpOptions o) =>
        TimeSpan.TryParse(o.ContactFrom, CultureInfo.InvariantCulture, out var from)
        && TimeSpan.TryParse(o.ContactUntil, CultureInfo.InvariantCulture, out var until)
        && from < until
        && TimeOnly.TryParse(o.PromiseCheckTime, CultureInfo.InvariantCulture, out _)
        && o.NoContactHolidays.All(key => Holidays.InYear(key, 2026) is not null)
        && o.NoContactDays.All(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
}
