using Microsoft.Extensions.Options;
using WebcareHub.Handoff;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Handoff;

public sealed class OpeningHoursTests
{
    /// <summary>10:00 in Amsterdam (UTC+1 in winter, UTC+2 in summer) on the given day.</summary>
    private static OpeningHours At(int year, int month, int day, OpeningHoursOptions? options = null)
    {
        var local = new DateTime(year, month, day, 10, 0, 0);
        var offset = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam").GetUtcOffset(local);
        return new OpeningHours(new TestClock(new DateTimeOffset(local, offset)), Options.Create(options ?? new OpeningHoursOptions()),
            Options.Create(new UnderstandingOptions()));
    }

    [Theory]
    [InlineData(2026, 12, 25)] // Christmas, a Friday
    [InlineData(2027, 3, 29)] // Easter Monday
    [InlineData(2027, 5, 6)] // Ascension Day
    [InlineData(2027, 5, 17)] // Whit Monday
    [InlineData(2026, 4, 27)] // King's Day, a Monday
    [InlineData(2025, 5, 5)] // Liberation Day in a lustrum year
    [InlineData(2027, 1, 1)] // New Year
    public void IsOpen_IsFalse_OnPublicHolidays(int year, int month, int day) => Assert.False(At(year, month, day).IsOpen());

    [Fact]
    public void KingsDay_MovesToSaturday_WhenThe27thIsASunday()
    {
        Assert.True(At(2025, 4, 26).IsClosedHoliday(new DateOnly(2025, 4, 26)));
        Assert.False(At(2025, 4, 26).IsClosedHoliday(new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void LiberationDay_OutsideALustrumYear_IsAWorkingDay_UnlessSetForEveryYear()
    {
        Assert.True(At(2026, 5, 5).IsOpen());
        Assert.False(At(2026, 5, 5, new OpeningHoursOptions { LiberationDayEveryYear = true }).IsOpen());
    }

    [Fact]
    public void ADatedException_WinsOverAHoliday_AndWhichHolidaysCloseIsASetting()
    {
        Assert.True(At(2027, 3, 29, new OpeningHoursOptions { Exceptions = new() { ["2027-03-29"] = "09:00-12:00" } }).IsOpen());
        Assert.True(At(2027, 3, 29, new OpeningHoursOptions { ClosedOnHolidays = ["christmas"] }).IsOpen());
    }

    [Fact]
    public void IsValid_RefusesAnUnknownHoliday() =>
        Assert.False(OpeningHours.IsValid(new OpeningHoursOptions { ClosedOnHolidays = ["carnival"] }));
}
