using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Tests.Bot;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// A customer who left the chat before the agent closed it: after <c>FollowUps:NpsChatMinutes</c> without a word from
/// them, the question goes by e-mail (to a real SMTP server started here) inside contact hours, with a one-time link to
/// the survey page. The app's clock says Tuesday 24 November 2026 10:00 Amsterdam time when the chat closes.
/// </summary>
public sealed class NpsEmailTests
{
    [Fact]
    public async Task SilentCustomer_GetsTheQuestionByEmail_AndTheLinkWorksOnce()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var session = await ClosedChatOfAKnownCustomerAsync(app);
        var closedAt = app.Clock.GetUtcNow();

        var early = await SweepAsync(app, closedAt.AddMinutes(9));
        var late = await SweepAsync(app, closedAt.AddMinutes(11));
        var again = await SweepAsync(app, closedAt.AddMinutes(30));

        Assert.Equal([(0, 0), (1, 1), (0, 0)], new[] { early, late, again });
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("sanne@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.Equal("Hoe was je chat met ons?", mail.Subject);
        Assert.Contains("Op 24 november heb je met een collega van ons gechat.", mail.TextBody);
        Assert.DoesNotContain(DialogCatalogTests.ForbiddenWords, w => mail.TextBody!.Contains(w, StringComparison.OrdinalIgnoreCase));
        var token = Regex.Match(mail.TextBody!, @"http://localhost:5080/nps/#([A-Za-z0-9_-]{40,})").Groups[1].Value;
        Assert.NotEmpty(token);
        var http = app.CreateHttpClient();

        var open = await http.PostAsJsonAsync("/api/nps/survey", new { token });
        var answer = await http.PostAsJsonAsync("/api/nps/answers", new { token, score = 4, why = "Het duurde lang" });
        var secondUse = await http.PostAsJsonAsync("/api/nps/answers", new { token, score = 10 });
        var reopened = await http.PostAsJsonAsync("/api/nps/survey", new { token });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.Conflict),
            (open.StatusCode, answer.StatusCode, secondUse.StatusCode, reopened.StatusCode));
        Assert.Equal("This survey has been answered already", (await secondUse.Content.ReadFromJsonAsync<ProblemBody>())!.Title);
        var survey = await app.QueryAsync(db => db.NpsSurveys.AsNoTracking().SingleAsync());
        Assert.Equal((4, "Het duurde lang", "email", NpsState.Answered), (survey.Score!.Value, survey.Why, survey.AnsweredVia, survey.State));
        Assert.NotEqual(token, survey.TokenHash);
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal(CallbackReasons.Detractor, task.Reason);
        Assert.Contains("NPS-score 4 van 10 (via e-mail)", task.Context);
        Assert.Contains("Het duurde lang", task.Context);
        // The bot asked in the chat too, but nothing was answered there: one answer in all.
        Assert.Single((await app.CreateDirectLineClient().GetActivitiesAsync(session)).Activities, a => a.Text?.StartsWith("Nog één vraag", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Link_RefusesAnUnknownToken_AndAnExpiredOne_InWordsTheSurveyPageShows()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        await ClosedChatOfAKnownCustomerAsync(app);
        await SweepAsync(app, app.Clock.GetUtcNow().AddMinutes(11));
        var token = TokenIn(Assert.Single(smtp.Received));
        var http = app.CreateHttpClient();

        var unknown = await http.PostAsJsonAsync("/api/nps/answers", new { token = token[..^1] + (token[^1] == 'A' ? "B" : "A"), score = 8 });
        app.Clock.Advance(TimeSpan.FromDays(15));
        var expired = await http.PostAsJsonAsync("/api/nps/answers", new { token, score = 8 });
        var outOfRange = await http.PostAsJsonAsync("/api/nps/answers", new { token, score = 11 });
        var noScore = await http.PostAsJsonAsync("/api/nps/answers", new { token, why = "geen cijfer" });
        var notJson = await http.PostAsync("/api/nps/answers", new StringContent("{\"token\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Gone, HttpStatusCode.BadRequest), (unknown.StatusCode, expired.StatusCode, outOfRange.StatusCode));
        // A bad request is answered with Problem Details, never a server error.
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noScore.StatusCode, notJson.StatusCode));
        Assert.Equal("application/problem+json", noScore.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType?.MediaType);
        Assert.Null(await app.QueryAsync(db => db.NpsSurveys.Select(s => s.Score).SingleAsync()));
        var page = await http.GetStringAsync("/nps/nps.js");
        Assert.Contains("Deze link is verlopen.", page);
        Assert.Contains("We herkennen deze link niet.", page);
    }

    [Fact]
    public async Task SenderThatStoppedAfterTheServerTookTheMail_SendsAgain_AndBothLinksLeadToOneAnswer()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        await ClosedChatOfAKnownCustomerAsync(app);
        var closedAt = app.Clock.GetUtcNow();
        Assert.Equal((1, 1), await SweepAsync(app, closedAt.AddMinutes(11)));
        // The process stopped between the server's acceptance and the "sent" mark: the row still holds its claim.
        await app.QueryAsync(db => db.NpsSurveys.ExecuteUpdateAsync(u => u.SetProperty(s => s.State, NpsState.EmailQueued)
            .SetProperty(s => s.EmailSentAt, (DateTime?)null).SetProperty(s => s.EmailClaimedUntil, closedAt.UtcDateTime.AddMinutes(21))));

        Assert.Equal((0, 0), await SweepAsync(app, closedAt.AddMinutes(15)));
        Assert.Equal((0, 1), await SweepAsync(app, closedAt.AddMinutes(22)));

        Assert.Equal(2, smtp.Received.Count);
        // One message id for both, so a mail program can fold the second into the first.
        Assert.Single(smtp.Received.Select(m => m.MessageId).Distinct());
        var tokens = smtp.Received.Select(TokenIn).ToList();
        Assert.NotEqual(tokens[0], tokens[1]);
        var http = app.CreateHttpClient();
        var first = await http.PostAsJsonAsync("/api/nps/survey", new { token = tokens[0] });
        var answer = await http.PostAsJsonAsync("/api/nps/answers", new { token = tokens[0], score = 9 });
        var second = await http.PostAsJsonAsync("/api/nps/answers", new { token = tokens[1], score = 2 });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Conflict), (first.StatusCode, answer.StatusCode, second.StatusCode));
        Assert.Equal(9, await app.QueryAsync(db => db.NpsSurveys.Select(s => s.Score).SingleAsync()));
    }

    [Fact]
    public async Task SendTheServerRefused_LeavesNoWorkingLink_AndTheRetryCarriesTheOnlyOne()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        await ClosedChatOfAKnownCustomerAsync(app);
        var closedAt = app.Clock.GetUtcNow();
        smtp.RefuseNext(1);

        var (_, sent, failure) = await RunSweepAsync(app, closedAt.AddMinutes(11));
        Assert.Equal(0, sent);
        Assert.NotNull(failure);
        Assert.Equal((string?)null, await app.QueryAsync(db => db.NpsSurveys.Select(s => s.TokenHash).SingleAsync()));
        Assert.Equal((0, 1), await SweepAsync(app, closedAt.AddMinutes(40)));

        var token = TokenIn(Assert.Single(smtp.Received));
        var survey = await app.QueryAsync(db => db.NpsSurveys.AsNoTracking().SingleAsync());
        Assert.Equal((2, NpsState.EmailSent, (string?)null), (survey.EmailAttempts, survey.State, survey.PreviousTokenHash));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateHttpClient().PostAsJsonAsync("/api/nps/survey", new { token })).StatusCode);
    }

    [Fact]
    public async Task CustomerWhoWroteAfterTheQuestion_GetsNoEmail_AndNobodyIsMailedAtNight()
    {
        await using var smtp = new SmtpTestServer();
        await using var app = new WebcareAppFactory(settings: smtp.Settings());
        var present = await ClosedChatOfAKnownCustomerAsync(app);
        await app.CreateDirectLineClient().SayAsync(present, "bedankt, doei");
        var closedAt = app.Clock.GetUtcNow();

        Assert.Equal((0, 0), await SweepAsync(app, closedAt.AddMinutes(11)));
        Assert.Equal(NpsState.NotAnswered, await app.QueryAsync(db => db.NpsSurveys.Select(s => s.State).SingleAsync()));

        // A second customer, gone; the sweep first sees it at 21:00, and the e-mail waits for 07:00 the next morning.
        await ClosedChatOfAKnownCustomerAsync(app, "F2026-00013");
        Assert.Equal((1, 0), await SweepAsync(app, new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.FromHours(1))));
        Assert.Equal((0, 0), await SweepAsync(app, new DateTimeOffset(2026, 11, 25, 6, 59, 0, TimeSpan.FromHours(1))));
        Assert.Equal((0, 1), await SweepAsync(app, new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.FromHours(1))));
        Assert.Single(smtp.Received);
    }

    /// <summary>A verified customer (an address in the debtor record) whose chat an agent took and closed.</summary>
    private static async Task<Session> ClosedChatOfAKnownCustomerAsync(WebcareAppFactory app, string invoiceNumber = "F2026-00012")
    {
        var invoice = await app.SeedInvoiceAsync(invoiceNumber);
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.SayAsync(session, "ik wil iemand spreken");
        var id = await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Status == HandoffStatus.Waiting).Select(h => h.Id).SingleAsync());
        await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.DebtorId, invoice.DebtorId).SetProperty(h => h.InvoiceNumber, invoice.Number)));
        await app.AddStaffAsync("anna@webcarehub.example");
        var (_, connected) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("anna@webcarehub.example"));
        await using (var agent = connected!)
        {
            Assert.Null((await agent.InvokeAsync("Claim", id)).Error);
            Assert.Null((await agent.InvokeAsync("Close", id, "answered")).Error);
        }
        await app.BotIdleAsync();
        return session;
    }

    /// <summary>One run of the sweep's NPS part at a moment, which must not fail: (queued for e-mail, sent).</summary>
    private static async Task<(int Queued, int Sent)> SweepAsync(WebcareAppFactory app, DateTimeOffset at)
    {
        var (queued, sent, failure) = await RunSweepAsync(app, at);
        Assert.Null(failure);
        return (queued, sent);
    }

    /// <summary>One run of the sweep's NPS part at a moment: (queued for e-mail, sent, the last failure).</summary>
    private static async Task<(int Queued, int Sent, Exception? Failure)> RunSweepAsync(WebcareAppFactory app, DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mailer = ActivatorUtilities.CreateInstance<NpsMailer>(scope.ServiceProvider, new FakeTimeProvider(at));
        var queued = await mailer.DecideChatQuestionsAsync(CancellationToken.None);
        var (sent, failure) = await mailer.SendDueAsync(CancellationToken.None);
        return (queued, sent, failure);
    }

    /// <summary>The one-time token in a survey e-mail's link.</summary>
    private static string TokenIn(MimeKit.MimeMessage mail) => Regex.Match(mail.TextBody!, @"#([A-Za-z0-9_-]{40,})").Groups[1].Value;

    private sealed record ProblemBody(string Title);
}
