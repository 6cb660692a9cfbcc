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
