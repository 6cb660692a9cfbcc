using System.Net;
using System.Net.Http.Json;
using WebcareHub.FollowUps;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// The supervisors' report over HTTP: NPS per ISO week (of the closing day, Amsterdam), channel and agent, with the
/// counts; empty weeks without a figure; Agents and anonymous callers refused. The app's clock says Tuesday 24 November 2026.
/// </summary>
public sealed class NpsReportTests
{
    [Fact]
    public async Task Report_GivesHandComputedFigures_PerWeekChannelAndAgent()
    {
        await using var app = new WebcareAppFactory();
        var thisWeek = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc); // Monday of week 48
        var lastWeek = thisWeek.AddDays(-7);
        // Week 48: 20 answers on the website with Anna, 2 promoters and 5 detractors: −15.
        int[] mixed = [9, 10, 7, 7, 8, 8, 7, 8, 7, 8, 7, 8, 7, 8, 7, 0, 3, 5, 6, 6];
        for (var i = 0; i < mixed.Length; i++) await app.SeedAsync(Answered($"w48-{i}", mixed[i], thisWeek.AddHours(i), "directline", "Anna"));
        // Week 47: 3 promoters on Teams with Bram: +100. Week 46 and earlier: nobody.
        for (var i = 0; i < 3; i++) await app.SeedAsync(Answered($"w47-{i}", 9 + i % 2, lastWeek, "msteams", "Bram"));
        // Monday 16 November 00:30 in Amsterdam is Sunday 23:30 UTC: week 47, not 46.
        await app.SeedAsync(Answered("monday-night", 10, new DateTime(2026, 11, 15, 23, 30, 0, DateTimeKind.Utc), "msteams", "Bram"));
        await app.SeedAsync(new NpsSurvey { ConversationKey = "unanswered", Channel = "directline", Language = "nl", State = NpsState.EmailSent, ClosedAt = thisWeek });
        var supervisor = await app.CreateClientForAsync("sam@webcarehub.example", StaffRoles.Supervisor);

        var report = await supervisor.GetFromJsonAsync<NpsReportView>("/api/nps/report?weeks=3");

        Assert.Equal(["2026-W46", "2026-W47", "2026-W48"], report!.Weeks.Select(w => w.Week));
        Assert.Equal(new NpsFigures(0, 0, 0, 0, null), report.Weeks[0].Figures);
        Assert.Equal(new NpsFigures(4, 0, 0, 4, 100), report.Weeks[1].Figures);
        Assert.Equal(new NpsFigures(2, 13, 5, 20, -15), report.Weeks[2].Figures);
        Assert.Equal([("directline", -15), ("msteams", 100)], report.Channels.Select(c => (c.Name, c.Figures.Nps!.Value)));
        Assert.Equal([("Anna", 20), ("Bram", 4)], report.Agents.Select(a => (a.Name, a.Figures.Total)));
        // Overall: 6 promoters, 5 detractors of 24: 25 − 20.8 = 4.2 → 4.
        Assert.Equal(new NpsFigures(6, 13, 5, 24, 4), report.Overall);
    }

    [Fact]
    public async Task Report_RefusesAnonymousAndAgents_AndOpensForSupervisorsAndAdmins()
    {
        await using var app = new WebcareAppFactory();
        var anonymous = app.CreateHttpClient();
        var agent = await app.CreateClientForAsync("anna@webcarehub.example", StaffRoles.Agent);
        var webcare = await app.CreateClientForAsync("wim@webcarehub.example", StaffRoles.Webcare);
        var supervisor = await app.CreateClientForAsync("sam@webcarehub.example", StaffRoles.Supervisor);
        var admin = await app.CreateClientForAsync("ada@webcarehub.example", StaffRoles.Admin);

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { anonymous, agent, webcare, supervisor, admin })
            statuses.Add((await client.GetAsync("/api/nps/report")).StatusCode);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    private static NpsSurvey Answered(string key, int score, DateTime closedAt, string channel, string agent) => new()
    {
        ConversationKey = key, Channel = channel, AgentName = agent, Language = "nl", State = NpsState.Answered,
        ClosedAt = closedAt, Score = score, AnsweredAt = closedAt, AnsweredVia = "chat",
    };
}
