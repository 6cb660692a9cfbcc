using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Webcare;

/// <summary>Drafting, the guard, four-eyes approval and publishing through the outbox to a local platform.</summary>
public sealed class ReplyTests
{
    private const string SafeReply = "Hoi, vervelend dat het zo loopt. Stuur je ons een privébericht? Dan kijken we met je mee.";

    [Fact]
    public async Task ApproveReply_ReturnsConflict_WhenApproverWroteTheDraft()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("x", "1"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var reply = await DraftAsync(anna, mention.Id, SafeReply);

        var response = await anna.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null((await app.QueryAsync(db => db.MentionReplies.SingleAsync())).ApprovedAt);
        Assert.Empty(platform.Requests);
        await app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ReplyOutbox>().PublishDueAsync();
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task ApproveReply_SaysTheDraftWasReplaced_AndPublishesNothing_WhenANewerDraftWaits()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("x", "3"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var sanne = await app.CreateClientForAsync("sanne@example.nl", StaffRoles.Supervisor);
        var first = await DraftAsync(anna, mention.Id, SafeReply);
        var second = await DraftAsync(anna, mention.Id, SafeReply + " Groet, Anna");

        var stale = await sanne.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{first}/approve", null);
        var unknown = await sanne.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{second + 50}/approve", null);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("replaced", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var waiting = await app.QueryAsync(db => db.MentionReplies.SingleAsync());
        Assert.Equal(second, waiting.Id);
        Assert.Null(waiting.ApprovedAt);
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task ApproveReply_IsForbidden_ForAnAgent()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("x", "2"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var agent = await app.CreateClientForAsync("bob@example.nl", StaffRoles.Agent);
        var reply = await DraftAsync(anna, mention.Id, SafeReply);

        var approve = await agent.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve", null);
        var draft = await agent.PostAsJsonAsync($"/api/webcare/mentions/{mention.Id}/replies", new { text = SafeReply });

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Null((await app.QueryAsync(db => db.MentionReplies.SingleAsync())).ApprovedAt);
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task ApproveReply_PublishesOnceOnX_WhenASecondPersonApproves()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("x", "1860000000000000001"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var sanne = await app.CreateClientForAsync("sanne@example.nl", StaffRoles.Supervisor);
        var reply = await DraftAsync(anna, mention.Id, SafeReply);

        var response = await sanne.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(platform.Requests);
        Assert.Equal("/2/tweets", request.Path);
        Assert.Equal("Bearer x-token", request.Authorization);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(SafeReply, body.GetProperty("text").GetString());
        Assert.Equal("1860000000000000001", body.GetProperty("reply").GetProperty("in_reply_to_tweet_id").GetString());
        var stored = await app.QueryAsync(db => db.MentionReplies.SingleAsync());
        Assert.Equal(request.IdempotencyKey, stored.IdempotencyKey);
        Assert.NotNull(stored.PublishedAt);
        Assert.Equal(MentionStatus.Published, (await app.QueryAsync(db => db.Mentions.SingleAsync())).Status);
        var audit = await app.QueryAsync(db => db.MentionAudits.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["drafted", "approved", "published"], audit);
    }

    [Fact]
    public async Task ApproveReply_PostsAGraphCommentReply_ForFacebook()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("facebook", "1234_555"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var wouter = await app.CreateClientForAsync("wouter@example.nl", StaffRoles.Webcare);
        var reply = await DraftAsync(anna, mention.Id, SafeReply);

        (await wouter.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve", null)).EnsureSuccessStatusCode();

        var request = Assert.Single(platform.Requests);
        Assert.Equal("/v21.0/1234_555/comments", request.Path);
        Assert.Contains("access_token=page-token", request.Body, StringComparison.Ordinal);
        Assert.Equal("reply-1", (await app.QueryAsync(db => db.MentionReplies.SingleAsync())).ExternalReplyId);
    }

    [Theory]
    [InlineData("Je factuur F2026-01234 is bekend bij ons.")]
    [InlineData("Het gaat om € 125,50, stuur ons een DM.")]
    [InlineData("Maak het over naar NL91ABNA0417164300.")]
    [InlineData("Bel ons op 06-12345678.")]
    [InlineData("Mail naar klant@example.nl.")]
    [InlineData("We sturen de brief naar Kerkstraat 12 in Utrecht.")]
    [InlineData("We helpen je graag met een betalingsregeling.")]
    [InlineData("Je achterstand lossen we samen op.")]
    [InlineData("We can help with the outstanding balance.")]
    [InlineData("Klantnummer K123456 staat genoteerd.")]
    // Look-alike writing reads the same to the public: zero-width characters, full-width and Arabic-Indic digits, odd dashes.
    [InlineData("Je sch\u200buld bij Zorgpunt is bekend.")]
    [InlineData("Maak over naar NL91\u200bABNA0417164300.")]
    [InlineData("Maak over naar ＮＬ９１ＡＢＮＡ０４１７１６４３００.")]
    [InlineData("klantnummer K\u200b123456 staat genoteerd.")]
    [InlineData("Je bent geboren 11\u201003\u20101971, klopt dat?")]
    [InlineData("Bel ons op 06\u200d-1234\u200b5678.")]
    [InlineData("Bel ons op \u0660\u0666-\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668.")]
    [InlineData("IncassoNed heeft maar één rekening: NL91 ABNA 0417 1643 00.")]
    // Round 49's attack on the build: Dutch hints at a collection case.
    [InlineData("Hoi Piet, je incasso loopt nog; stuur een DM.")]
    [InlineData("Je incassozaak loopt nog.")]
    [InlineData("Jouw incasso-dossier is bekeken.")]
    [InlineData("Je dossier bij ons staat nog open.")]
    [InlineData("We hebben je brief over de beslaglegging ontvangen.")]
    [InlineData("Wij hebben je zaak van Telecom Noord overgenomen.")]
    public async Task DraftReply_IsBlockedByTheGuard_WhenItRevealsDataOrADebt(string text)
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var mention = await app.SeedAsync(NewMention("x", "3"));
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);

        var response = await anna.PostAsJsonAsync($"/api/webcare/mentions/{mention.Id}/replies", new { text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await app.QueryAsync(db => db.MentionReplies.CountAsync()));
    }

    [Fact]
    public async Task Templates_PassTheGuard_AndOneInvitesToAPrivateChat()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = Create(platform);
        var templates = app.Services.GetRequiredService<ReplyTemplates>();

        foreach (var language in new[] { "nl", "en" })
        {
            Assert.All(templates.For(language), t => Assert.Empty(ReplyGuard.Problems(t.Text.Replace(ReplyTemplates.ChatLinkPlaceholder, "https://incasso.example/?webcare=abc", StringComparison.Ordinal), templates)));
            Assert.Contains(templates.For(language), t => t.PrivateChat && t.Text.Contains(ReplyTemplates.ChatLinkPlaceholder, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ApproveReply_PublishesOnce_WhenTwoPeopleApproveAtTheSameMoment()
    {
        await using var platform = await FakePlatform.StartAsync();
        using var file = new TemporaryDatabase();
        await using var app = Create(platform, file.Path);
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var sanne = await app.CreateClientForAsync("sanne@example.nl", StaffRoles.Supervisor);
        var piet = await app.CreateClientForAsync("piet@example.nl", StaffRoles.Webcare);
        const int Rounds = 6;
        for (var round = 0; round < Rounds; round++)
        {
            var mention = await app.SeedAsync(NewMention("x", $"18600000000000001{round:00}"));
            var reply = await DraftAsync(anna, mention.Id, SafeReply);
            var path = $"/api/webcare/mentions/{mention.Id}/replies/{reply}/approve";

            var answers = await Task.WhenAll(sanne.PostAsync(path, null), piet.PostAsync(path, null));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        }
        Assert.Equal(Rounds, platform.Requests.Count);
        var audits = await app.QueryAsync(db => db.MentionAudits.ToListAsync());
        Assert.Equal(Rounds, audits.Count(a => a.Action == "approved"));
        Assert.Equal(Rounds, audits.Count(a => a.Action == "published"));
    }

    [Fact]
    public async Task ApproveAndANewDraft_AtTheSameMoment_EitherPublishTheApprovedReplyOrKeepTheNewDraft()
    {
        await using var platform = await FakePlatform.StartAsync();
        using var file = new TemporaryDatabase();
        await using var app = Create(platform, file.Path);
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var sanne = await app.CreateClientForAsync("sanne@example.nl", StaffRoles.Supervisor);
        for (var round = 0; round < 6; round++)
        {
            var mention = await app.SeedAsync(NewMention("x", $"18600000000000002{round:00}"));
            var first = await DraftAsync(anna, mention.Id, SafeReply);

            var (approve, draft) = (sanne.PostAsync($"/api/webcare/mentions/{mention.Id}/replies/{first}/approve", null),
                anna.PostAsJsonAsync($"/api/webcare/mentions/{mention.Id}/replies", new { text = SafeReply + " Groet, Anna" }));
            await Task.WhenAll(approve, draft);

            var replies = await app.QueryAsync(db => db.MentionReplies.Where(r => r.MentionId == mention.Id).ToListAsync());
            var stored = await app.QueryAsync(db => db.Mentions.SingleAsync(m => m.Id == mention.Id));
            if ((await approve).StatusCode == HttpStatusCode.OK)
            {
                // The approval came first: its reply is published and recorded, the new draft was refused.
                Assert.Equal(HttpStatusCode.Conflict, (await draft).StatusCode);
                Assert.NotNull(Assert.Single(replies).PublishedAt);
                Assert.Equal(MentionStatus.Published, stored.Status);
            }
            else
            {
                // The new draft came first: nothing was posted, and it waits for approval as the only draft (the approval
                // finds its reply replaced).
                Assert.Equal(HttpStatusCode.Conflict, (await approve).StatusCode);
                Assert.Equal(HttpStatusCode.Created, (await draft).StatusCode);
                Assert.Null(Assert.Single(replies).ApprovedAt);
                Assert.Equal(MentionStatus.AwaitingApproval, stored.Status);
            }
        }
        // Every reply that reached the platform is recorded as published under its key.
        var published = await app.QueryAsync(db => db.MentionReplies.Where(r => r.PublishedAt != null).Select(r => r.IdempotencyKey).ToListAsync());
        Assert.Equal(published.Order(), platform.Requests.Select(r => r.IdempotencyKey).Order());
    }

    private static WebcareAppFactory Create(FakePlatform platform, string? databaseFile = null) => WebcareTestApp.Create(new()
    {
        ["Webcare:Meta:GraphBaseUrl"] = platform.BaseUrl + "/v21.0",
        ["Webcare:Meta:PageAccessToken"] = "page-token",
        ["Webcare:X:ApiBaseUrl"] = platform.BaseUrl,
        ["Webcare:X:AccessToken"] = "x-token",
    }, databaseFile);

    internal static Mention NewMention(string platform, string externalId, MentionRisk risk = MentionRisk.Medium, DateTime? dueAt = null) => new()
    {
        Platform = platform, ExternalId = externalId, Author = "kees_nl", Text = "Waarom krijg ik weer een brief?",
        CreatedAt = new DateTime(2026, 11, 24, 8, 50, 0, DateTimeKind.Utc), ReceivedAt = new DateTime(2026, 11, 24, 8, 51, 0, DateTimeKind.Utc),
        Risk = risk, Sentiment = MentionSentiment.Negative, Status = MentionStatus.Open,
        DueAt = dueAt ?? new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc),
    };

    internal static async Task<int> DraftAsync(HttpClient http, int mentionId, string text)
    {
        var response = await http.PostAsJsonAsync($"/api/webcare/mentions/{mentionId}/replies", new { text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>A SQLite file for a test whose requests race each other; deleted (with its WAL files) after the app.</summary>
    private sealed class TemporaryDatabase : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"webcare-race-{Guid.NewGuid():N}.db");

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
        }
    }
}
