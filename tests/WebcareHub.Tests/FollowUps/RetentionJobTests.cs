using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.Conversations;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>Retention: an old conversation loses the personal data in its free text, a young one keeps it, aggregates stay, and a second run does nothing.</summary>
public sealed class RetentionJobTests
{
    private const string Personal =
        "Ik ben Jan Jansen, mail me op jan.jansen@example.nl of bel 06-12345678. Postcode 1234 AB. " +
        "Mijn IBAN is NL91ABNA0417164300 en het gaat om factuur F2026-00123.";

    private static readonly string[] PersonalPieces = ["Jansen", "jan.jansen@example.nl", "12345678", "1234 AB", "NL91ABNA0417164300", "F2026-00123"];

    [Fact]
    public async Task Run_AnonymisesAnOldConversation_LeavesAYoungOne_KeepsAggregates_AndASecondRunChangesNothing()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:RetentionDays"] = "365" });
        var debtor = await app.SeedAsync(new Debtor
        {
            CustomerNumber = "K900001", Name = "Jan Jansen", Street = "Kerkstraat 1", Postcode = "1234 AB", City = "Utrecht",
            Email = "jan.jansen@example.nl", Phone = "0612345678", DateOfBirth = new DateOnly(1980, 1, 1),
        });
        var client = app.CreateDirectLineClient();
        var old = await client.StartConversationAsync();
        await client.SayAsync(old, Personal);
        var (oldHandoff, oldNote, oldTask) = await SeedFollowUpsAsync(app, ConversationKey.DirectLine(old.ConversationId), debtor.Id, "old");
        var oldActivityCount = await ActivityCountAsync(app, old.ConversationId);

        app.Clock.Advance(TimeSpan.FromDays(300));
        var young = await client.StartConversationAsync();
        await client.SayAsync(young, Personal);
        var (youngHandoff, _, youngTask) = await SeedFollowUpsAsync(app, ConversationKey.DirectLine(young.ConversationId), debtor.Id, "young");
        var youngBefore = await TranscriptAsync(app, young.ConversationId);

        var runAt = new FakeTimeProvider(app.Clock.GetUtcNow().AddDays(100));
        var first = await RunAsync(app, runAt);

        // The old conversation: 400 days old, so anonymised everywhere its free text is stored.
        var oldTranscript = await TranscriptAsync(app, old.ConversationId);
        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync(h => h.Id == oldHandoff));
        var note = await app.QueryAsync(db => db.HandoffNotes.AsNoTracking().SingleAsync(n => n.Id == oldNote));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync(t => t.Id == oldTask));
        var oldTexts = string.Join("\n", oldTranscript, handoff.Details, note.Text, task.Context, task.OpeningLine);
        foreach (var piece in PersonalPieces) Assert.DoesNotContain(piece, oldTexts, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(
            "Ik ben [name], mail me op [email] of bel [phone]. Postcode [postcode]. Mijn IBAN is [iban] en het gaat om factuur [invoiceNumber].",
            handoff.Details);
        Assert.Contains("[email]", oldTranscript, StringComparison.Ordinal);
        // Display names on the activities (the bot's and any the customer's client sent) are dropped.
        Assert.Contains("\"name\"", youngBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\"", oldTranscript, StringComparison.Ordinal);
        Assert.Equal("Goedemorgen [name], u belde ons over een betaling.", task.OpeningLine);
        Assert.NotNull(await app.QueryAsync(db => db.Conversations.Where(c => c.Id == old.ConversationId).Select(c => c.AnonymisedAt).SingleAsync()));

        // Aggregates stay: how many messages, reasons, statuses, outcomes and dates.
        Assert.Equal(oldActivityCount, await ActivityCountAsync(app, old.ConversationId));
        Assert.Equal(("dispute", HandoffStatus.Resolved, "answered"), (handoff.Reason, handoff.Status, handoff.Outcome));
        Assert.Equal((CallbackReasons.Message, "betaald na gesprek"), (task.Reason, task.Outcome));
        Assert.NotNull(task.DoneAt);

        // The young one: 100 days old, untouched.
        Assert.Equal(youngBefore, await TranscriptAsync(app, young.ConversationId));
        Assert.Contains("jan.jansen@example.nl", youngBefore, StringComparison.Ordinal);
        Assert.Equal(Personal, await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Id == youngHandoff).Select(h => h.Details).SingleAsync()));
        Assert.Equal(Personal, await app.QueryAsync(db => db.CallbackTasks.Where(t => t.Id == youngTask).Select(t => t.Context).SingleAsync()));

        // The old rows are done and marked: a second run finds nothing and changes nothing.
        Assert.True(first >= 3, $"{first} rows anonymised");
        var second = await RunAsync(app, runAt);
        Assert.Equal(0, second);
        Assert.Equal(oldTranscript, await TranscriptAsync(app, old.ConversationId));
    }

    private static async Task<(int Handoff, int Note, int Task)> SeedFollowUpsAsync(WebcareAppFactory app, string key, int debtorId, string source)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var handoff = await app.SeedAsync(new HandoffRequest
        {
            ConversationKey = key, Reason = "dispute", Status = HandoffStatus.Resolved, DebtorId = debtorId, InvoiceNumber = "F2026-00123",
            Language = "nl", Details = Personal, RequestedAt = now, Outcome = "answered",
        });
        var note = await app.SeedAsync(new HandoffNote { HandoffId = handoff.Id, AgentName = "Agent", Text = "Meneer Jansen belt terug op 0612345678.", WrittenAt = now });
        var task = await app.SeedAsync(new CallbackTask
        {
            SourceKey = $"test:{source}", Reason = CallbackReasons.Message, DueAt = now, CreatedAt = now, DebtorId = debtorId, ConversationKey = key,
            Language = "nl", Context = Personal, OpeningLine = "Goedemorgen Jan Jansen, u belde ons over een betaling.", DoneAt = now, Outcome = "betaald na gesprek",
        });
        return (handoff.Id, note.Id, task.Id);
    }

    private static Task<int> ActivityCountAsync(WebcareAppFactory app, string conversationId) =>
        app.QueryAsync(db => db.Activities.CountAsync(a => a.ConversationId == conversationId));

    private static async Task<string> TranscriptAsync(WebcareAppFactory app, string conversationId) =>
        string.Join("\n", await app.QueryAsync(db => db.Activities.Where(a => a.ConversationId == conversationId).OrderBy(a => a.Sequence).Select(a => a.Json).ToListAsync()));

    private static async Task<int> RunAsync(WebcareAppFactory app, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<RetentionJob>(scope.ServiceProvider, clock).RunAsync(CancellationToken.None);
    }
}
