using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Handoff;
using WebcareHub.Tests.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

/// <summary>
/// The gentle crisis question ("denk je erover om jezelf iets aan te doen?") is answered before anything else: a stop,
/// another request or a menu word does not leave it, a hedge is a yes, a refusal or two other messages end it kindly
/// with 113 and a person offered (reviews of round 44).
/// </summary>
public sealed class CrisisQuestionTests
{
    /// <summary>A new conversation whose first message got the gentle crisis question.</summary>
    private static async Task<(DirectLineTestClient Client, Session Session)> AtTheCrisisQuestionAsync(WebcareAppFactory app)
    {
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await AskTheCrisisQuestionAsync(client, session);
        return (client, session);
    }

    private static async Task AskTheCrisisQuestionAsync(DirectLineTestClient client, Session session)
    {
        var asked = await client.RepliesAsync(session, "haar slaappillen liggen nog in de kast en ik kijk er elke avond naar");
        Assert.Contains(asked, a => Texts.IsOneOf(a.Text, "crisis-check", "ask", "nl"));
    }

    private static Task<HandoffRequest> TheHandoffAsync(WebcareAppFactory app) =>
        app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());

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
    public async Task IsNotLeftForAStop(string answer, string? askedAgain)
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        var replies = await client.RepliesAsync(session, answer);

        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
        if (askedAgain is not null) Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "crisis-check", askedAgain, "nl"));
        else Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl"));
    }

    /// <summary>Two messages that do not answer the gentle crisis question end it kindly, with 113 and a person offered.</summary>
    [Fact]
    public async Task EndsKindly_AfterTwoOtherMessages()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        var first = await client.RepliesAsync(session, "ik wil gewoon een betalingsregeling");
        var second = await client.RepliesAsync(session, "hoeveel moet ik nog betalen?");

        Assert.Contains(first, a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl"));
        var declined = Assert.Single(second, a => Texts.IsOneOf(a.Text, "crisis-check", "declined", "nl"));
        Assert.Contains(declined.SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        // The button it offers does what "hier kun je altijd met een collega praten" says.
        await client.SayAsync(session, "Met een medewerker praten");
        Assert.Equal(HandoffUrgency.Top, (await TheHandoffAsync(app)).Urgency);
    }

    /// <summary>
    /// After a refused or unanswered crisis question, a person asked for later in the chat gets it as a possible crisis:
    /// first in line and shown as one to the agent, with the customer's own reason kept. A customer who answered "nee"
    /// is not treated as one (review of round 45).
    /// </summary>
    [Theory]
    [InlineData("ik wil er niet over praten", true)]
    [InlineData("nee hoor", false)]
    public async Task APersonAskedForLater_AfterAnUnansweredQuestion_IsACrisis(string answer, bool crisis)
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);
        await client.SayAsync(session, answer);
        await client.SayAsync(session, "hoeveel moet ik nog betalen?");

        await client.SayAsync(session, "ik wil een medewerker spreken");

        var handoff = await TheHandoffAsync(app);
        Assert.Equal(crisis, handoff.Urgency == HandoffUrgency.Top);
        Assert.Equal("human-request", handoff.Reason);
    }

    /// <summary>Leaving the question for a person, by the button or in words, is not answering it: that person gets a possible crisis.</summary>
    [Theory]
    [InlineData("Met een medewerker praten")]
    [InlineData("ik wil gewoon een mens spreken")]
    public async Task APersonAskedForAtTheQuestion_GetsAPossibleCrisis(string text)
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        await client.SayAsync(session, text);

        Assert.Equal(HandoffUrgency.Top, (await TheHandoffAsync(app)).Urgency);
    }

    /// <summary>A chat already waiting for a person moves to the top when the question then goes unanswered; a later clear "nee" to
    /// a new question counts over it for the next person asked for.</summary>
    [Fact]
    public async Task AChatAlreadyWaiting_MovesToTheTop_WhenTheQuestionGoesUnanswered()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil een medewerker spreken");
        Assert.NotEqual(HandoffUrgency.Top, (await TheHandoffAsync(app)).Urgency);
        await AskTheCrisisQuestionAsync(client, session);

        await client.SayAsync(session, "ik wil er niet over praten");

        Assert.Equal(HandoffUrgency.Top, (await TheHandoffAsync(app)).Urgency);
    }

    /// <summary>
    /// A dispute waiting for a person keeps its reason when the customer leaves the crisis question for a person: the chat
    /// is first in line, and the agent still sees why it came (review of round 45).
    /// </summary>
    [Fact]
    public async Task AWaitingDispute_KeepsItsReason_WhenAPersonIsAskedForAfterTheQuestion()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "factuur F2026-00012 klopt niet");
        await client.SayAsync(session, "ik heb nooit iets bij jullie besteld");
        Assert.Equal(("dispute", HandoffUrgency.High), ((await TheHandoffAsync(app)).Reason, (await TheHandoffAsync(app)).Urgency));
        await AskTheCrisisQuestionAsync(client, session);

        await client.SayAsync(session, "ik wil gewoon een mens spreken");

        var handoff = await TheHandoffAsync(app);
        Assert.Equal(("dispute", HandoffUrgency.Top), (handoff.Reason, handoff.Urgency));
    }

    /// <summary>Out of hours, a message left before the question goes unanswered moves to the top of the call-back list.</summary>
    [Fact]
    public async Task AMessageLeftOutOfHours_GoesFirstOnTheCallbackList_WhenTheQuestionGoesUnanswered()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.LeaveMessageAsync(session, "bel me over de brief");
        Assert.NotEqual(CallbackReasons.Crisis, (await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync())).Reason);
        await AskTheCrisisQuestionAsync(client, session);

        await client.SayAsync(session, "laat maar");

        Assert.Equal(CallbackReasons.Crisis, (await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync())).Reason);
    }

    /// <summary>
    /// Out of hours, a person asked for after an unanswered crisis question comes with the 113 line before the news that
    /// nobody is in; a chat that never got the question, or answered "nee", hears only the opening hours.
    /// </summary>
    [Theory]
    [InlineData("laat maar", true)]
    [InlineData("nee", false)]
    [InlineData(null, false)]
    public async Task OutOfHours_APersonAskedForAfterAnUnansweredQuestion_HearsOf113(string? answer, bool line)
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        if (answer is not null)
        {
            await AskTheCrisisQuestionAsync(client, session);
            await client.SayAsync(session, answer);
        }

        var replies = await client.RepliesAsync(session, "Met een medewerker praten");

        var closed = replies.FindIndex(a => a.Text!.StartsWith("Onze medewerkers zijn er nu niet.", StringComparison.Ordinal));
        Assert.True(closed >= 0);
        Assert.Equal(line, replies.Take(closed).Any(a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl")));
        Assert.Equal(line, replies.Any(a => a.Text!.Contains("0800-0113", StringComparison.Ordinal)));
    }

    /// <summary>Out of hours, a dispute told after an unanswered crisis question also comes with the 113 line.</summary>
    [Fact]
    public async Task OutOfHours_ADisputeAfterAnUnansweredQuestion_HearsOf113()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var (client, session) = await AtTheCrisisQuestionAsync(app);
        await client.SayAsync(session, "laat maar");
        await client.SayAsync(session, "factuur F2026-00012 klopt niet");

        var replies = await client.RepliesAsync(session, "ik heb nooit iets bij jullie besteld");
        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl"));
        Assert.True(Texts.IsOneOfClosedToday(replies[^1].Text, "dispute", "ask-phone"));
    }

    /// <summary>
    /// Out of hours, an arrangement outside the policy after an unanswered crisis question comes with the 113 line too,
    /// said as a statement (no question of its own before the next one: review of round 46).
    /// </summary>
    [Fact]
    public async Task OutOfHours_AnArrangementForAPersonAfterAnUnansweredQuestion_HearsOf113()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await app.SeedInvoiceAsync();
        var (client, session) = await AtTheCrisisQuestionAsync(app);
        await client.SayAsync(session, "laat maar");
        await client.SayAsync(session, "ik kan 10 euro per maand betalen");
        await client.SayAsync(session, "F2026-00012");

        var replies = await client.RepliesAsync(session, "1234 AB");

        var line = replies.FindIndex(a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl"));
        Assert.True(line >= 0);
        Assert.DoesNotContain("?", replies[line].Text, StringComparison.Ordinal);
        Assert.True(Texts.IsOneOfClosedToday(replies[^1].Text, "payment-arrangement", "contact-later"));
    }

    /// <summary>
    /// A chat that got the crisis answer is a possible crisis for the rest of it: a person asked for later, out of hours,
    /// comes with the 113 line and goes first on the call-back list (review of round 46).
    /// </summary>
    [Fact]
    public async Task AfterTheCrisisAnswer_APersonAskedForLaterOutOfHours_IsACrisisWith113()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil er een eind aan maken");

        var replies = await client.RepliesAsync(session, "Met een medewerker praten");
        await client.SayAsync(session, "ja");
        var noted = await client.RepliesAsync(session, "bel me morgen om 10 uur op 0612345678");

        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl"));
        Assert.True(Texts.IsOneOfClosedToday(noted[^1].Text, "handoff", "callback-noted"));
        // One crisis task for the chat, holding the number to call: no second task beside the first.
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.Crisis, "bel me morgen om 10 uur op 0612345678"), (task.Reason, task.Context));
        Assert.Equal(HandoffUrgency.Top, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Urgency).SingleAsync()));
    }

    /// <summary>
    /// Only the customer's own crisis marks the chat: a parent worried about a son, and a customer whose crisis answer was
    /// followed by a "nee" to a milder question, are told apart (second review of round 46).
    /// </summary>
    [Theory]
    [InlineData("mijn zoon zegt dat hij er een eind aan wil maken", null, false)]
    [InlineData("ik wil er een eind aan maken", "nee", true)]
    public async Task OutOfHours_OnlyTheCustomersOwnCrisisBrings113Again(string first, string? no, bool line)
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, first);
        if (no is not null)
        {
            await AskTheCrisisQuestionAsync(client, session);
            await client.SayAsync(session, no);
        }

        var replies = await client.RepliesAsync(session, "Met een medewerker praten");

        Assert.Equal(line, replies.Any(a => Texts.IsOneOf(a.Text, "handoff", "crisis-line", "nl")));
    }

    /// <summary>
    /// Leaving the question for a person, out of hours, raises the message the chat left before it to the top of the
    /// call-back list, as a refusal does (review of round 46).
    /// </summary>
    [Fact]
    public async Task OutOfHours_LeavingTheQuestionForAPerson_RaisesAnEarlierMessage()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.LeaveMessageAsync(session, "bel me over de brief");
        await AskTheCrisisQuestionAsync(client, session);

        await client.SayAsync(session, "Met een medewerker praten");

        Assert.Equal(CallbackReasons.Crisis, (await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync())).Reason);
    }

    /// <summary>A file sent without words while the question waits does not drop it: the question is asked again.</summary>
    [Fact]
    public async Task AFileWithoutWords_DoesNotDropTheQuestion()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        var response = await UploadTests.UploadAsync(client, session, ("bon.png", "image/png", UploadTests.Png));
        await app.BotIdleAsync();

        var id = (await DirectLineTestClient.ReadAsync<PostActivityResponse>(response)).Id;
        var replies = await client.RepliesToAsync(session, id);
        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl"));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "attachment", "received", "nl"));
    }

    /// <summary>A clear "nee" to a later question counts over an earlier one left unanswered.</summary>
    [Fact]
    public async Task AClearNoLater_CountsOverAnEarlierUnansweredQuestion()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);
        await client.SayAsync(session, "laat maar");
        await AskTheCrisisQuestionAsync(client, session);
        await client.SayAsync(session, "nee");

        await client.SayAsync(session, "ik wil een medewerker spreken");

        Assert.NotEqual(HandoffUrgency.Top, (await TheHandoffAsync(app)).Urgency);
    }

    /// <summary>"help" or a menu button does not drop the gentle crisis question: it is asked again; the person button leaves it.</summary>
    [Theory]
    [InlineData("help", false)]
    [InlineData("Betaaldatum doorgeven", false)]
    [InlineData("Met een medewerker praten", true)]
    public async Task AMenuWord_DoesNotDropIt(string text, bool leaves)
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        var replies = await client.RepliesAsync(session, text);

        Assert.Equal(!leaves, replies.Exists(a => Texts.IsOneOf(a.Text, "crisis-check", "ask-again", "nl")));
        if (leaves) Assert.Equal(1, await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().CountAsync()));
    }

    /// <summary>The signal said again in answer to the gentle question is a yes: 113 and a person, not "you need not say".</summary>
    [Fact]
    public async Task TheSignalSaidAgain_IsAYes()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);
        await client.SayAsync(session, "ik wil gewoon een betalingsregeling");

        var replies = await client.RepliesAsync(session, "ik zie het echt niet meer zitten");

        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "crisis-check", "declined", "nl"));
        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
    }

    /// <summary>A waiting question's answer goes first: "ja" to the gentle crisis question is a yes, whatever follows.</summary>
    [Fact]
    public async Task AnAnswer_IsNeverTakenForAStop()
    {
        await using var app = new WebcareAppFactory();
        var (client, session) = await AtTheCrisisQuestionAsync(app);

        var replies = await client.RepliesAsync(session, "ja. ik wil die regeling gewoon opzeggen, ik kan niet meer");

        Assert.Contains(replies, a => a.Text!.Contains("0800-0113", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, a => Texts.IsOneOf(a.Text, "cancel-agreement", "agreement", "nl"));
    }

    /// <summary>The question about someone close ends the same way: 112 and 113 for them, and a person whose button works.</summary>
    [Fact]
    public async Task AboutSomeoneClose_ARefusal_EndsKindly_WithAPerson()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var asked = await client.RepliesAsync(session, "mijn dochter snijdt zichzelf");
        Assert.Contains(asked, a => Texts.IsOneOf(a.Text, "crisis-relative-check", "ask", "nl"));

        var replies = await client.RepliesAsync(session, "laat maar");

        var declined = Assert.Single(replies, a => Texts.IsOneOf(a.Text, "crisis-relative-check", "declined", "nl"));
        Assert.Contains("112", declined.Text);
        Assert.Contains(declined.SuggestedActions!.Actions, a => a.Title == "Met een medewerker praten");
        await client.SayAsync(session, "Met een medewerker praten");
        // Their worry is for someone else: the chat is not marked as the customer's own crisis.
        Assert.NotEqual(HandoffUrgency.Top, (await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync())).Urgency);
    }
}
