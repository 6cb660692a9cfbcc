using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Bot;

/// <summary>
/// A weak reading with no second request beside it: the bot checks the one reading ("Bedoel je …?") with
/// "Nee, iets anders" as the other button, over Direct Line, instead of starting a dialog on a guess.
/// </summary>
public sealed class ClarifyDialogTests
{
    // The model reads this as a weak dispute with "other" beside it (checked first, so a change of the examples
    // that moves it fails here with that reason rather than further on).
    private const string Unclear = "die van de tandarts";
    private const string DisputeLabel = "Ik ben het niet eens met de vordering";

    [Fact]
    public async Task WeakReading_IsChecked_WithSomethingElseAsTheOtherButton()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        AssertReadsAsAWeakDispute(app);
        var session = await client.StartConversationAsync();

        var question = (await client.RepliesAsync(session, Unclear)).Where(r => r.Text is not null).ToList();

        Assert.Single(question);
        Assert.Contains(DisputeLabel, question[0].Text);
        Assert.Equal([DisputeLabel, "Nee, iets anders"], question[0].SuggestedActions!.Actions.Select(a => a.Title));

        var rephrase = (await client.RepliesAsync(session, "Nee, iets anders")).Where(r => r.Text is not null).ToList();

        Assert.True(Texts.IsOneOf(rephrase[0].Text, "something-else", "rephrase", "nl"), rephrase[0].Text);
        Assert.True(Texts.IsOneOf(rephrase[^1].Text, "welcome", "menu-intro", "nl"), rephrase[^1].Text);
        Assert.Contains(rephrase[^1].SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
    }

    [Fact]
    public async Task CheckedReading_StartsItsDialog_WhenItsButtonIsPressed()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        AssertReadsAsAWeakDispute(app);
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, Unclear);

        var replies = await client.RepliesAsync(session, DisputeLabel);

        Assert.True(Texts.IsOneOf(replies[0].Text, "dispute", "acknowledge-unverified", "nl"), replies[0].Text);
    }

    [Fact]
    public async Task CheckingQuestion_IsInEnglish_ForAnEnglishChat()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        AssertReadsAsAWeakDispute(app);
        var session = await client.StartConversationAsync("en-US");

        var question = (await client.RepliesAsync(session, Unclear)).Where(r => r.Text is not null).ToList();

        Assert.Equal(["I don't agree with the claim", "No, something else"], question[0].SuggestedActions!.Actions.Select(a => a.Title));
        var rephrase = (await client.RepliesAsync(session, "No, something else")).Where(r => r.Text is not null).ToList();
        Assert.True(Texts.IsOneOf(rephrase[0].Text, "something-else", "rephrase", "en"), rephrase[0].Text);
    }

    private static void AssertReadsAsAWeakDispute(WebcareAppFactory app)
    {
        app.Start();
        var understanding = app.Services.GetRequiredService<Understander>().Understand(Unclear, new DateOnly(2026, 11, 30));
        Assert.Equal(new Reading(ReadingKind.Clarify, "dispute", IntentClassifier.Other),
            Reading.Of(understanding, app.Services.GetRequiredService<IntentSettings>()));
    }
}
