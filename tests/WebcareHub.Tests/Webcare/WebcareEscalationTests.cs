using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Run_EscalatesAMentionOnceItsDueTimePasses()
    {
        await using var app = WebcareTestApp.Create();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.SeedAsync(ReplyTests.NewMention("x", "h1", MentionRisk.High, dueAt: now.AddMinutes(60)));

        Assert.Equal(0, await RunAsync(app));
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await RunAsync(app));
    }

    private static async Task<int> RunAsync(Support.WebcareAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebcareEscalation>().RunAsync();
    }
}
