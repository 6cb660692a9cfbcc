using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

public sealed class WebcareEscalationTests
{
    [Fact]
    public async Task Run_EscalatesOverdueUnansweredHighRiskMentionsOnce()
    {
        await using var app = WebcareTestApp.Create();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await app.SeedAsync(ReplyTests.NewMention("x", "h1", MentionRisk.High, dueAt: now.AddMinutes(-1)));
        await app.SeedAsync(ReplyTests.NewMention("x", "h2", MentionRisk.High, dueAt: now.AddMinutes(30)));
        await app.SeedAsync(ReplyTests.NewMention("x", "m1", MentionRisk.Medium, dueAt: now.AddMinutes(-90)));
        var answered = ReplyTests.NewMention("x", "h3", MentionRisk.High, dueAt: now.AddMinutes(-5));
        answered.Status = MentionStatus.Published;
        await app.SeedAsync(answered);

        var first = await RunAsync(app);
        var second = await RunAsync(app);

        Assert.Equal((1, 0), (first, second));
        var escalated = await app.QueryAsync(db => db.Mentions.Where(m => m.EscalatedAt != null).Select(m => m.Id).ToListAsync());
        Assert.Equal([overdue.Id], escalated);
        Assert.Equal(1, await app.QueryAsync(db => db.MentionAudits.CountAsync(a => a.Action == "escalated" && a.MentionId == overdue.Id)));
    }

    [Fact]
    public async Task RecurringJob_IsRegistered_AndEscalatesFromTheRows()
    {
        await using var app = WebcareTestApp.Create();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await app.SeedAsync(ReplyTests.NewMention("x", "h7", MentionRisk.High, dueAt: now.AddMinutes(-1)));

        using (var connection = app.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection())
            Assert.Contains(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), j => j.Id == WebcareSweepJob.Id);
        await using (var scope = app.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<WebcareSweepJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);

        Assert.NotNull(await app.QueryAsync(db => db.Mentions.Where(m => m.Id == overdue.Id).Select(m => m.EscalatedAt).SingleAsync()));
    }

    [Fact]
    public async Task Run_EscalatesAMentionOnceItsDueTimePasses()
    {
        await using var app = WebcareTestApp.Create();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.SeedAsync(ReplyTests.NewMention("x", "h1", MentionRisk.High, dueAt: now.AddMinutes(60)));

        Assert.Equal(0, await RunAsync(app));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await RunAsync(app));
    }

    [Fact]
    public async Task Run_PushesTheEscalationToSupervisorsOnly()
    {
        await using var app = WebcareTestApp.Create();
        await app.AddStaffAsync("sanne@example.nl", StaffRoles.Supervisor);
        await app.AddStaffAsync("wouter@example.nl", StaffRoles.Webcare);
        await app.AddStaffAsync("anna@example.nl", StaffRoles.Agent);
        var (_, supervisor) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("sanne@example.nl"), WebcareQueueHub.Path);
        var (_, webcare) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("wouter@example.nl"), WebcareQueueHub.Path);
        var (agentStatus, agent) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("anna@example.nl"), WebcareQueueHub.Path);
        await using var s = supervisor!;
        await using var w = webcare!;
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var overdue = await app.SeedAsync(ReplyTests.NewMention("x", "h9", MentionRisk.High, dueAt: now.AddMinutes(-1)));

        await RunAsync(app);
        (await WebcareTestApp.PostGenericAsync(app.CreateHttpClient(), WebcareTestApp.GenericBody("later", "Hallo"))).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Forbidden, agentStatus);
        Assert.Null(agent);
        var pushed = await s.NextCallAsync(TimeSpan.FromSeconds(20), "MentionEscalated");
        Assert.Equal(overdue.Id, (int)pushed!.Value.Arguments[0]!["id"]!);
        // The Webcare colleague hears the later delivery but never the escalation (calls arrive in order).
        Assert.Equal("MentionChanged", (await w.NextCallAsync(TimeSpan.FromSeconds(20), "MentionEscalated", "MentionChanged"))!.Value.Target);
    }

    private static async Task<int> RunAsync(WebcareAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebcareEscalation>().RunAsync();
    }
}
