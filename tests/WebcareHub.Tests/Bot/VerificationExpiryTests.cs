using Microsoft.EntityFrameworkCore;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

/// <summary>A verification counts for Verification:ValidForMinutes (30 by default); then the bot asks again.</summary>
public sealed class VerificationExpiryTests
{
    // Long enough tokens that the conversation outlives the verification.
    private static WebcareAppFactory App() => new(settings: new() { ["DirectLine:TokenLifetimeSeconds"] = "7200" });

    private static async Task<(DirectLineTestClient, Session)> VerifiedAsync(WebcareAppFactory app)
    {
        await app.SeedInvoiceAsync(number: "F2026-00777");
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00777");
        Assert.Contains(await client.RepliesAsync(session, "1234 AB"), a => a.Text!.Contains("hoofdsom"));
        return (client, session);
    }

    [Fact]
    public async Task Lookup_ShowsTheInvoiceAgain_WithinTheValidTime()
    {
        await using var app = App();
        var (client, session) = await VerifiedAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(29));

        var replies = await client.RepliesAsync(session, "Mijn factuur bekijken");

        Assert.Contains(replies, a => a.Text!.Contains("hoofdsom"));
    }

    [Fact]
    public async Task Lookup_AsksForTheDetailsAgain_AfterTheValidTime()
    {
        await using var app = App();
        var (client, session) = await VerifiedAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var replies = await client.RepliesAsync(session, "Mijn factuur bekijken");
        var postcode = await client.LastReplyAsync(session, "F2026-00777");
        var again = await client.RepliesAsync(session, "1234 AB");

        Assert.True(Texts.IsOneOf(replies[0].Text, "verify", "expired", "nl"), replies[0].Text);
        Assert.True(Texts.IsOneOf(replies[^1].Text, "verify", "ask-invoice", "nl"));
        Assert.DoesNotContain(replies, a => a.Text!.Contains("hoofdsom") || a.Text.Contains("1.162,34"));
        Assert.True(Texts.IsOneOf(postcode, "verify", "ask-postcode", "nl"));
        Assert.Contains(again, a => a.Text!.Contains("hoofdsom"));
    }

    [Fact]
    public async Task PromiseQuestion_StartsOverWithVerification_WhenTheVerificationExpiredWhileWaiting()
    {
        await using var app = App();
        var (client, session) = await VerifiedAsync(app);
        await client.SayAsync(session, "Betaaldatum doorgeven");
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var replies = await client.RepliesAsync(session, "volgende week vrijdag");

        Assert.True(Texts.IsOneOf(replies[0].Text, "verify", "expired", "nl"), replies[0].Text);
        Assert.True(Texts.IsOneOf(replies[^1].Text, "verify", "ask-invoice", "nl"));
        Assert.Empty(await app.QueryAsync(db => db.PaymentPromises.ToListAsync()));
    }

    [Fact]
    public async Task Lookup_AsksAgainSooner_WhenConfigured()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Verification:ValidForMinutes"] = "5" });
        var (client, session) = await VerifiedAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        var replies = await client.RepliesAsync(session, "Mijn factuur bekijken");

        Assert.True(Texts.IsOneOf(replies[0].Text, "verify", "expired", "nl"), replies[0].Text);
    }
}
