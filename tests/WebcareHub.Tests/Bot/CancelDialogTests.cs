using Microsoft.EntityFrameworkCore;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Bot;

/// <summary>
/// Stopping the bot's question and stopping an agreement are different things: the bot can do the first, only a person
/// the second, so it never answers "we stop here" to a request to stop a direct debit or an arrangement.
/// </summary>
public sealed class CancelDialogTests
{
    [Theory]
    [InlineData("Ik wil mijn automatische incasso stopzetten")]
    [InlineData("kan ik mijn betalingsregeling annuleren?")]
    [InlineData("Kan ik mijn verzoek om uitstel intrekken? Het is toch gelukt.")]
    public async Task StoppingAnAgreement_IsLeftToAPerson_AndSaidSo(string text)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, text);

        var reply = Assert.Single(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
        Assert.Contains(reply.SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel", "stopped", "nl"));
    }

    /// <summary>The answer tells the customer to choose the person button: the button starts the hand-off.</summary>
    [Fact]
    public async Task StoppingAnAgreement_ThePersonButtonStartsTheHandOff()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Ik wil mijn automatische incasso stopzetten");

        var replies = await client.RepliesAsync(session, "Met een medewerker praten");
        var requests = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().CountAsync());

        Assert.Equal(1, requests);
        Assert.StartsWith("Ik zet je door naar een medewerker.", replies[^1].Text);
    }

    /// <summary>
    /// Asked for a payment day, a customer who wants to stop the agreement instead is not sent into a new arrangement
    /// (the model reads "betalingsregeling" in it): the stop is answered, and nothing is recorded.
    /// </summary>
    [Fact]
    public async Task StoppingAnAgreement_InTheMiddleOfAQuestion_IsAnsweredAsAStop()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (client, session) = await app.OpenWithInvoiceAsync("Betaaldatum doorgeven");
        var asked = await client.RepliesAsync(session, "1234 AB");
        Assert.True(Texts.IsOneOf(asked[^1].Text?.Replace("€ 1.162,34", "{open}"), "payment-promise", "ask-date", "nl"));

        var replies = await client.RepliesAsync(session, "kan ik mijn betalingsregeling annuleren?");

        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text?.Replace("€ 1.162,34", "{open}"), "payment-arrangement", "ask-amount", "nl"));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    /// <summary>
    /// The gentle crisis question is not left for a stop of an agreement or another request: it is asked again, with
    /// 113 in it; "denk het wel" is a yes (review of round 44).
    /// </summary>
    [Theory]
    [InlineData("ik wil die regeling gewoon opzeggen", "ask-again")]
    [InlineData("cancel my payment plan", "ask-again")]
    [InlineData("denk het wel. stop de automatische incasso", null)]
    [InlineData("misschien, ik wil die regeling gewoon opzeggen", null)]
    [InlineData("laat maar", "declined")]
    public async Task TheCrisisQuestion_IsNotLeftForAStop(string answer, string? askedAgain)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var asked = await client.RepliesAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");
        Assert.Contains(asked, a => Texts.IsOneOf(a.Text, "crisis-check", "ask", "nl"));

        var replies = await client.RepliesAsync(session, answer);

        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
        if (askedAgain is not null) Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "crisis-check", askedAgain, "nl"));
        else Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl"));
    }

    /// <summary>Two messages that do not answer the gentle crisis question end it kindly, with 113 and a person offered.</summary>
    [Fact]
    public async Task TheCrisisQuestion_EndsKindly_AfterTwoOtherMessages()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");

        var first = await client.RepliesAsync(session, "ik wil gewoon een betalingsregeling");
        var second = await client.RepliesAsync(session, "hoeveel moet ik nog betalen?");

        Assert.Contains(first, a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl"));
        var declined = Assert.Single(second, a => Texts.IsOneOf(a.Text, "crisis-check", "declined", "nl"));
        Assert.Contains(declined.SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
    }

    /// <summary>"help" or a menu button does not drop the gentle crisis question: it is asked again; the person button leaves it.</summary>
    [Theory]
    [InlineData("help", false)]
    [InlineData("Betaaldatum doorgeven", false)]
    [InlineData("Met een medewerker praten", true)]
    public async Task AMenuWord_DoesNotDropTheCrisisQuestion(string text, bool leaves)
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");

        var replies = await client.RepliesAsync(session, text);

        Assert.Equal(!leaves, replies.Exists(a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl")));
        if (leaves) Assert.Equal(1, await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().CountAsync()));
    }

    /// <summary>The signal said again in answer to the gentle question is a yes: 113 and a person, not "you need not say".</summary>
    [Fact]
    public async Task TheSignalSaidAgain_IsAYes()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");
        await client.SayAsync(session, "ik wil gewoon een betalingsregeling");

        var replies = await client.RepliesAsync(session, "ik zie het echt niet meer zitten");

        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "crisis-check", "declined", "nl"));
        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
    }

    /// <summary>A dispute that also asks to stop the direct debit is a dispute first: it is recorded, not only answered.</summary>
    [Fact]
    public async Task ADisputeThatAlsoStopsTheDebit_StartsTheDispute()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "deze vordering klopt niet, ik heb nooit een contract gehad. stop de automatische incasso");

        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "verify", "ask-invoice", "nl") || Texts.IsOneOf(a.Text, "dispute", "ask-reason", "nl"));
    }

    /// <summary>The reading the bot acts on is the one the parse endpoint and the evaluation report.</summary>
    [Theory]
    [InlineData("betalingsregeling annuleren")]
    [InlineData("cancel my payment plan please")]
    public void StoppingAnAgreement_ReadsAsCancel(string text)
    {
        var understanding = TestUnderstander.Instance.Understand(text, new DateOnly(2026, 11, 30));

        Assert.Equal("cancel", understanding.Intent);
        Assert.Equal(new Reading(ReadingKind.Intent, "cancel"), Reading.Of(understanding, IntentSettings.Default));
    }

    /// <summary>A waiting question's answer goes first: "ja" to the gentle crisis question is a yes, whatever follows.</summary>
    [Fact]
    public async Task AnAnswerToTheCrisisQuestion_IsNeverTakenForAStop()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var asked = await client.RepliesAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");
        Assert.Contains(asked, a => Texts.IsOneOf(a.Text, "crisis-check", "ask", "nl"));

        var replies = await client.RepliesAsync(session, "ja. ik wil die regeling gewoon opzeggen, ik kan niet meer");

        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
    }

    [Theory]
    [InlineData("kan ik mijn betalingsregeling annuleren?", true)]
    [InlineData("de automatische incasso wil ik opzeggen", true)]
    [InlineData("zet de machtiging maar stop", true)]
    [InlineData("I want to cancel my payment plan", true)]
    [InlineData("ik wil stoppen met de regeling", true)]
    [InlineData("Ik wil een betalingsregeling, en stop met bellen", false)]
    [InlineData("kan ik een regeling treffen? de afspraak van vorige week ging niet door", false)]
    [InlineData("annuleer maar, ik wil toch een regeling", false)]
    [InlineData("ik heb de machtiging al ingetrokken en toch schrijven jullie af", false)]
    [InlineData("mijn regeling is opgezegd zonder dat ik het wist", false)]
    [InlineData("my payment plan was cancelled without notice", false)]
    [InlineData("stop de automatische incasso", true)]
    [InlineData("mn regeling opzeggen aub", true)]
    [InlineData("please cancel my payment agreement", true)]
    [InlineData("mijn domiciliëring stopzetten", true)]
    [InlineData("Ik wil mijn regeling niet opzeggen, alleen het termijnbedrag verlagen", false)]
    [InlineData("zetten jullie de afspraak ook in een mail?", false)]
    [InlineData("Ik kan mijn regeling niet meer betalen omdat ik mijn baan moest opzeggen", false)]
    [InlineData("Mijn verzoek is om de incassokosten te annuleren", false)]
    [InlineData("kan ik de afspraak met de deurwaarder van morgen afzeggen", false)]
    [InlineData("stop met die automatische berichten", false)]
    [InlineData("I can pay at the end of next month under my payment plan", false)]
    public void StopsAnAgreement_NeedsTheAgreementAsWhatIsStopped(string text, bool stops) =>
        Assert.Equal(stops, AgreementStop.AskedIn(text));
}
