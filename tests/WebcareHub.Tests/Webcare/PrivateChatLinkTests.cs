using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Webcare;

public sealed class PrivateChatLinkTests
{
    [Fact]
    public async Task Redeem_LinksTheWebsiteChatToTheMention_Once()
    {
        await using var app = WebcareTestApp.Create();
        var mention = await app.SeedAsync(ReplyTests.NewMention("x", "p1"));
        var staff = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var link = (await (await staff.PostAsync($"/api/webcare/mentions/{mention.Id}/chat-link", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!;
        var linkToken = Uri.UnescapeDataString(new Uri(link).Query.Split("webcare=")[1]);
        var (chatToken, conversationId) = await ChatTokenAsync(app);

        var first = await RedeemAsync(app, chatToken, linkToken);
        var (otherToken, _) = await ChatTokenAsync(app);
        var again = await RedeemAsync(app, otherToken, linkToken);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var stored = await app.QueryAsync(db => db.Mentions.AsNoTracking().SingleAsync());
        Assert.Equal(WebcareHub.Conversations.ConversationKey.DirectLine(conversationId), stored.ChatConversationKey);
        Assert.Null(stored.ChatLinkHash);
        var detail = await staff.GetFromJsonAsync<JsonElement>($"/api/webcare/mentions/{mention.Id}");
        Assert.True(detail.GetProperty("mention").GetProperty("privateFollowUp").GetBoolean());
        Assert.Contains(detail.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "chat-started");
    }

    [Fact]
    public async Task ChatOpenedFromTheLink_ShowsTheAgentWhereItCameFrom_WithoutThePublicText()
    {
        await using var app = WebcareTestApp.Create();
        var mention = await app.SeedAsync(ReplyTests.NewMention("x", "p3"));
        var staff = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var link = (await (await staff.PostAsync($"/api/webcare/mentions/{mention.Id}/chat-link", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!;
        var (chatToken, conversationId) = await ChatTokenAsync(app);
        await RedeemAsync(app, chatToken, Uri.UnescapeDataString(new Uri(link).Query.Split("webcare=")[1]));
        var (_, elsewhere) = await ChatTokenAsync(app);
        var linked = await app.SeedAsync(new WebcareHub.Handoff.HandoffRequest
        {
            ConversationKey = WebcareHub.Conversations.ConversationKey.DirectLine(conversationId), Reason = "human-request", Language = "nl",
            RequestedAt = app.Clock.GetUtcNow().UtcDateTime,
        });
        var other = await app.SeedAsync(new WebcareHub.Handoff.HandoffRequest
        {
            ConversationKey = WebcareHub.Conversations.ConversationKey.DirectLine(elsewhere), Reason = "human-request", Language = "nl",
            RequestedAt = app.Clock.GetUtcNow().UtcDateTime,
        });

        await using var scope = app.Services.CreateAsyncScope();
        var views = scope.ServiceProvider.GetRequiredService<WebcareHub.Handoff.ChatViews>();
        var origin = (await views.ViewAsync(linked.Id, CancellationToken.None)).Origin;

        Assert.Equal((mention.Platform, mention.Author), (origin?.Platform, origin?.Author));
        Assert.Null((await views.ViewAsync(other.Id, CancellationToken.None)).Origin);
    }

    [Fact]
    public async Task Redeem_Returns401_WithoutAChatToken_And404_WhenExpired()
    {
        await using var app = WebcareTestApp.Create(new() { ["Webcare:ChatLinkValidMinutes"] = "10" });
        var mention = await app.SeedAsync(ReplyTests.NewMention("x", "p2"));
        var staff = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Webcare);
        var link = (await (await staff.PostAsync($"/api/webcare/mentions/{mention.Id}/chat-link", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!;
        var linkToken = Uri.UnescapeDataString(new Uri(link).Query.Split("webcare=")[1]);

        var anonymous = await app.CreateHttpClient().PostAsJsonAsync("/api/webcare/chat-links/redeem", new { link = linkToken });
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var (chatToken, _) = await ChatTokenAsync(app);
        var expired = await RedeemAsync(app, chatToken, linkToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Null((await app.QueryAsync(db => db.Mentions.AsNoTracking().SingleAsync())).ChatConversationKey);
    }

    private static async Task<(string Token, string ConversationId)> ChatTokenAsync(WebcareAppFactory app)
    {
        var answer = await (await app.CreateHttpClient().PostAsJsonAsync("/api/chat/token", new { locale = "nl-NL" })).Content.ReadFromJsonAsync<JsonElement>();
        return (answer.GetProperty("token").GetString()!, answer.GetProperty("conversationId").GetString()!);
    }

    private static Task<HttpResponseMessage> RedeemAsync(WebcareAppFactory app, string chatToken, string linkToken)
    {
        var http = app.CreateHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", chatToken);
        return http.PostAsJsonAsync("/api/webcare/chat-links/redeem", new { link = linkToken });
    }
}
