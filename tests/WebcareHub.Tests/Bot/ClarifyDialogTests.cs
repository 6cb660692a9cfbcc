using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Bot;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Bot;

/// <summary>
/// A weak reading with no second request beside it: the bot checks the one reading ("Bedoel je …?") with
/// "Nee, iets anders" as the other button, over Direct Line, instead of starting a dialog on a guess.
/// </summary>
public sealed class ClarifyDialogTests
{
    // Vague messages; the first that the model of this build reads weakly, with nothing but small talk or "other"
    // beside it, is used, so new examples that make one of them clear do not break these tests.
    private static readonly string[] Vague = ["over die brief", "mijn dossier", "dat ding van de gemeente", "die van de tandarts",
        "iets over de rekening", "ja dat ding", "over dat papier"];

    [Fact]
    public async Task WeakReading_IsChecked_WithSomethingElseAsTheOtherButton()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var (unclear, intent) = WeakReading(app);
        var label = app.Services.GetRequiredService<IntentLabels>().LabelFor(intent, "nl")!;
        var session = await client.StartConversationAsync();

        var question = (await client.RepliesAsync(session, unclear)).Where(r => r.Text is not null).ToList();

        Assert.Single(question);
        Assert.Contains(label, question[0].Text);
        Assert.Equal([label, "Nee, iets anders"], question[0].SuggestedActions!.Actions.Select(a => a.Title));

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
        var (unclear, intent) = WeakReading(app);
        var label = app.Services.GetRequiredService<IntentLabels>().LabelFor(intent, "nl")!;
        var session = await client.StartConversationAsync();
        await client.RepliesAsync(session, unclear);

        await client.RepliesAsync(session, label);

        var dialogs = app.Services.GetRequiredService<DialogRunner>();
        var expected = intent.StartsWith(IntentClassifier.FaqPrefix, StringComparison.Ordinal) ? "faq" : dialogs.ForIntent(intent)!.Id;
        var state = await app.QueryAsync(db => db.ConversationStates.SingleAsync());
        // The intent's dialog, or one it runs first (looking up an invoice asks who the customer is).
        Assert.True(state.DialogId == expected || dialogs.Calls(expected, state.DialogId!), $"{intent}: in {state.DialogId}, not {expected}");
    }

    [Fact]
    public async Task CheckingQuestion_IsInEnglish_ForAnEnglishChat()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var (unclear, intent) = WeakReading(app);
        var label = app.Services.GetRequiredService<IntentLabels>().LabelFor(intent, "en")!;
        var session = await client.StartConversationAsync("en-US");

        var question = (await client.RepliesAsync(session, unclear)).Where(r => r.Text is not null).ToList();

        Assert.Equal([label, "No, something else"], question[0].SuggestedActions!.Actions.Select(a => a.Title));
        var rephrase = (await client.RepliesAsync(session, "No, something else")).Where(r => r.Text is not null).ToList();
        Assert.True(Texts.IsOneOf(rephrase[0].Text, "something-else", "rephrase", "en"), rephrase[0].Text);
    }

    [Fact]
    public async Task IetsAnders_IsAnAnswer_WhenAnotherQuestionAsksForWords()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var asked = await client.RepliesAsync(session, "Ik ben het niet eens met de vordering");
        var recorded = await client.RepliesAsync(session, "iets anders");

        Assert.True(Texts.IsOneOf(asked[^1].Text, "dispute", "ask-reason", "nl"), asked[^1].Text);
        Assert.True(Texts.IsOneOf(recorded[^1].Text, "dispute", "recorded-open", "nl") || Texts.IsOneOf(recorded[^1].Text, "dispute", "recorded-closed", "nl"),
            recorded[^1].Text);
        var request = await app.QueryAsync(db => db.HandoffRequests.SingleAsync());
        Assert.Equal("iets anders", request.Details);
    }

    private static (string Text, string Intent) WeakReading(WebcareAppFactory app)
    {
        app.Start();
        var understander = app.Services.GetRequiredService<Understander>();
        var settings = app.Services.GetRequiredService<IntentSettings>();
        foreach (var text in Vague)
        {
            var reading = Reading.Of(understander.Understand(text, new DateOnly(2026, 11, 30)), settings);
            if (reading is { Kind: ReadingKind.Clarify, Alternative: IntentClassifier.Other }) return (text, reading.Intent!);
        }
        Assert.Fail("None of the vague messages reads as one weak request any more; add one that does to Vague.");
        return default;
    }
}
