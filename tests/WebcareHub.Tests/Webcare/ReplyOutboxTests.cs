using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

public sealed class ReplyOutboxTests
{
    [Fact]
    public async Task PublishDue_PostsExactlyOnce_WhenThePlatformFailsOnceThenSucceeds()
    {
        await using var platform = await FakePlatform.StartAsync(failFirst: 1);
        await using var app = WebcareTestApp.Create(new() { ["Webcare:X:ApiBaseUrl"] = platform.BaseUrl, ["Webcare:RetrySeconds"] = "30" });
        var mention = await app.SeedAsync(ReplyTests.NewMention("x", "1860000000000000009"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var sanne = await app.CreateClientForAsync("sanne@example.nl", StaffRoles.Supervisor);
        var reply = await ReplyTests.DraftAsync(anna, mention.Id, "Hoi, stuur je ons een privébericht?");

        (await sanne.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve", null)).EnsureSuccessStatusCode();
        var afterFailure = await app.QueryAsync(db => db.MentionReplies.SingleAsync());
        Assert.Null(afterFailure.PublishedAt);
        Assert.Equal(1, afterFailure.Attempts);

        Assert.Equal(0, await PublishDueAsync(app));
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await PublishDueAsync(app));
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await PublishDueAsync(app));
        await Task.WhenAll(PublishDueAsync(app), PublishDueAsync(app));

        Assert.Equal(2, platform.Requests.Count);
        Assert.Single(platform.Requests.Select(r => r.IdempotencyKey).Distinct());
        var stored = await app.QueryAsync(db => db.MentionReplies.SingleAsync());
        Assert.NotNull(stored.PublishedAt);
        Assert.Equal("reply-2", stored.ExternalReplyId);
        var audit = await app.QueryAsync(db => db.MentionAudits.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["drafted", "approved", "publish-failed", "published"], audit);
    }

    [Fact]
    public async Task PublishDue_IgnoresAReplyApprovedByItsOwnDrafter()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = WebcareTestApp.Create(new() { ["Webcare:X:ApiBaseUrl"] = platform.BaseUrl });
        var mention = await app.SeedAsync(ReplyTests.NewMention("x", "77"));
        // Written straight into the database, around the endpoints: the outbox still refuses it.
        await app.SeedAsync(new MentionReply
        {
            MentionId = mention.Id, Text = "Stuur ons een DM", DraftedById = "u1", DraftedByName = "Anna", ApprovedById = "u1",
            ApprovedByName = "Anna", ApprovedAt = app.Clock.GetUtcNow().UtcDateTime, NextAttemptAt = app.Clock.GetUtcNow().UtcDateTime,
            IdempotencyKey = "k1",
        });

        Assert.Equal(0, await PublishDueAsync(app));
        Assert.Empty(platform.Requests);
    }

    private static async Task<int> PublishDueAsync(WebcareAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReplyOutbox>().PublishDueAsync();
    }
}
