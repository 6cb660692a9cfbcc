using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.FollowUps;

/// <summary>
/// NPS per ISO week (of the day the chat was closed, Amsterdam time; empty weeks included), per channel and per agent,
/// over the last <c>weeks</c> weeks up to and including the current one.
/// </summary>
public sealed class NpsReport(WebcareDbContext db, ContactWindow window, TimeProvider clock)
{
    public const int MaxWeeks = 104;

    public async Task<NpsReportView> BuildAsync(int weeks, CancellationToken ct)
    {
        weeks = Math.Clamp(weeks, 1, MaxWeeks);
        var today = window.Today(clock.GetUtcNow());
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstMonday = thisMonday.AddDays(-7 * (weeks - 1));
        // A day's margin either side of the Amsterdam week boundaries; the exact week is decided per row below.
        var from = firstMonday.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        var answers = (await db.NpsSurveys.AsNoTracking()
                .Where(s => s.Score != null && s.ClosedAt >= from)
                .Select(s => new { Score = s.Score!.Value, s.ClosedAt, s.Channel, s.AgentName })
                .ToListAsync(ct))
            .Select(a => new { a.Score, Day = window.Today(new DateTimeOffset(a.ClosedAt, TimeSpan.Zero)), a.Channel, Agent = a.AgentName ?? "?" })
            .Where(a => a.Day >= firstMonday && a.Day <= thisMonday.AddDays(6))
            .ToList();
        var byWeek = Enumerable.Range(0, weeks).Select(i => firstMonday.AddDays(7 * i)).Select(monday => new NpsWeek(
            WeekName(monday), monday,
            NpsFigures.Of(answers.Where(a => a.Day >= monday && a.Day < monday.AddDays(7)).Select(a => a.Score)))).ToList();
        return new NpsReportView(firstMonday, thisMonday.AddDays(6), NpsFigures.Of(answers.Select(a => a.Score)), byWeek,
            answers.GroupBy(a => a.Channel).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new NpsGroup(g.Key, NpsFigures.Of(g.Select(a => a.Score)))).ToList(),
            answers.GroupBy(a => a.Agent).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new NpsGroup(g.Key, NpsFigures.Of(g.Select(a => a.Score)))).ToList());
    }

    /// <summary>"2026-W49": the ISO year and week of a day.</summary>
    public static string WeekName(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }
}

public sealed record NpsReportView(DateOnly From, DateOnly To, NpsFigures Overall, List<NpsWeek> Weeks, List<NpsGroup> Channels, List<NpsGroup> Agents);

public sealed record NpsWeek(string Week, DateOnly Monday, NpsFigures Figures);

public sealed record NpsGroup(string Name, NpsFigures Figures);
