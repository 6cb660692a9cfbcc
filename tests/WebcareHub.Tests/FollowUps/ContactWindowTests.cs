using Microsoft.Extensions.Options;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.FollowUps;

public sealed class ContactWindowTests
{
    public static ContactWindow Window(Dictionary<string, string>? closures = null, string[]? noContactDays = null) => new(
        Options.Create(new FollowUpOptions { NoContactDays = noContactDays ?? new FollowUpOptions().NoContactDays }),
        Options.Create(new OpeningHoursOptions { Exceptions = closures ?? [] }),
        Options.Create(new UnderstandingOptions()));

    [Fact]
    public void NextAllowed_IsSevenOnTuesday_WhenDueSaturdayNightBeforeEasterMonday()
    {
        // Saturday 27 March 2027, 21:30 CET; Easter Sunday is the 28th (summer time starts that night), Easter Monday the 29th.
        var due = new DateTimeOffset(2027, 3, 27, 21, 30, 0, TimeSpan.FromHours(1));

        var next = Window().NextAllowed(due);

        Assert.Equal(new DateTimeOffset(2027, 3, 30, 7, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Theory]
    [InlineData("2026-12-02T10:00:00+01:00", "2026-12-02T10:00:00+01:00")] // Wednesday morning: at once
    [InlineData("2026-12-02T06:59:00+01:00", "2026-12-02T07:00:00+01:00")] // before seven: at seven
    [InlineData("2026-12-02T20:00:00+01:00", "2026-12-03T07:00:00+01:00")] // eight in the evening: next morning
    [InlineData("2026-12-05T19:59:00+01:00", "2026-12-05T19:59:00+01:00")] // Saturday is allowed
    [InlineData("2026-12-06T12:00:00+01:00", "2026-12-07T07:00:00+01:00")] // Sunday: Monday
    [InlineData("2026-12-24T21:00:00+01:00", "2026-12-28T07:00:00+01:00")] // Christmas, Boxing Day, Sunday
    [InlineData("2026-05-05T09:00:00+02:00", "2026-05-06T07:00:00+02:00")] // Liberation Day, also outside lustrum years
    [InlineData("2025-05-30T09:00:00+02:00", "2025-05-31T07:00:00+02:00")] // the day set equal to a holiday after Ascension 2025
    public void NextAllowed_KeepsToHoursSundaysAndHolidays(string at, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Window().NextAllowed(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void NextAllowed_SkipsADayTheOfficeClosedByException()
    {
        var window = Window(closures: new() { ["2026-12-03"] = "closed", ["2026-12-04"] = "08:30-12:00" });

        var next = window.NextAllowed(new DateTimeOffset(2026, 12, 2, 20, 30, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 7, 0, 0, TimeSpan.FromHours(1)), next);
    }

    [Fact]
    public void AddContactDays_SkipsWeekendAndHolidays_ForAGracePeriod()
    {
        // Thursday 24 December 2026 plus one business day: not Christmas, Boxing Day (Saturday) or Sunday, so Monday the 28th.
        Assert.Equal(new DateOnly(2026, 12, 28), Window().AddContactDays(new DateOnly(2026, 12, 24), 1));
        Assert.Equal(new DateOnly(2026, 12, 4), Window().AddContactDays(new DateOnly(2026, 12, 2), 2));
    }
}
