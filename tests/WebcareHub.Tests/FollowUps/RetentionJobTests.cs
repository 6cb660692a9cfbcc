using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Conversations;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;
using WebcareHub.Webcare;

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

    [Fact]
    public async Task Run_AlsoCoversBotConnectorTranscripts_Disputes_Mentions_AndForgetsFilesStateAndAttempts()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:RetentionDays"] = "365" });
        var invoice = await app.SeedInvoiceAsync();
        var old = app.Clock.GetUtcNow().UtcDateTime;
        var young = old.AddDays(300);
        var oldChannel = await SeedBotConnectorAsync(app, "old", old);
        var youngChannel = await SeedBotConnectorAsync(app, "young", young);
        var resolved = await app.SeedAsync(new Dispute { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Reason = Personal, Status = DisputeStatus.Resolved, RaisedAt = old, RecordedBy = "agent:1" });
        var open = await app.SeedAsync(new Dispute { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Reason = Personal, Status = DisputeStatus.Open, RaisedAt = old, RecordedBy = "agent:1" });
        var closed = await SeedMentionAsync(app, "old", MentionStatus.Closed, old);
        var waiting = await SeedMentionAsync(app, "waiting", MentionStatus.Open, old);
        var youngMention = await SeedMentionAsync(app, "young", MentionStatus.Published, young);
        await app.SeedAsync(new ConversationState { Key = "directline:old", ValuesJson = "{\"postcode\":\"1234 AB\"}", UpdatedAt = old });
        await app.SeedAsync(new ConversationState { Key = "directline:young", ValuesJson = "{\"postcode\":\"1234 AB\"}", UpdatedAt = young });
        await app.SeedAsync(new VerificationAttempt { InvoiceNumber = "F2026-00012", ConversationKey = "directline:old", FailedAt = old });
        await app.SeedAsync(new VerificationAttempt { InvoiceNumber = "F2026-00012", ConversationKey = "directline:young", FailedAt = young });

        var runAt = new FakeTimeProvider(app.Clock.GetUtcNow().AddDays(400));
        var first = await RunAsync(app, runAt);

        var oldMessages = await app.QueryAsync(db => db.BotConnectorMessages.AsNoTracking().Where(m => m.ConversationKey == oldChannel).ToListAsync());
        var oldTexts = string.Join("\n", oldMessages.Select(m => m.Text));
        foreach (var piece in PersonalPieces.Append("Sanne")) Assert.DoesNotContain(piece, oldTexts, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, oldMessages.Count);
        Assert.All(oldMessages, m => Assert.Null(m.Name));
        Assert.Null(await app.QueryAsync(db => db.BotConnectorConversations.Where(c => c.Key == oldChannel).Select(c => c.UserName).SingleAsync()));
        Assert.Contains(await app.QueryAsync(db => db.BotConnectorMessages.Where(m => m.ConversationKey == youngChannel).Select(m => m.Text).ToListAsync()),
            t => t.Contains("jan.jansen@example.nl", StringComparison.Ordinal));

        var disputes = await app.QueryAsync(db => db.Disputes.AsNoTracking().ToDictionaryAsync(d => d.Id));
        Assert.DoesNotContain("jan.jansen@example.nl", disputes[resolved.Id].Reason, StringComparison.Ordinal);
        Assert.Equal((DisputeStatus.Resolved, invoice.Id), (disputes[resolved.Id].Status, disputes[resolved.Id].InvoiceId));
        Assert.Equal(Personal, disputes[open.Id].Reason); // still being checked: the creditor needs the words

        var mentions = await app.QueryAsync(db => db.Mentions.AsNoTracking().ToDictionaryAsync(m => m.Id));
        Assert.Equal("[author]", mentions[closed.Id].Author);
        Assert.Equal("[author] mijn IBAN is [iban], bel [phone]", mentions[closed.Id].Text);
        Assert.Equal((MentionRisk.High, "pii"), (mentions[closed.Id].Risk, mentions[closed.Id].RiskReasons));
        Assert.Equal("Hoi [author], we sturen je een privébericht.", await app.QueryAsync(db => db.MentionReplies.Where(r => r.MentionId == closed.Id).Select(r => r.Text).SingleAsync()));
        Assert.DoesNotContain("0612345678", await app.QueryAsync(db => db.MentionAudits.Where(a => a.MentionId == closed.Id).Select(a => a.Details).SingleAsync()), StringComparison.Ordinal);
        Assert.Equal("@old_waiting", mentions[waiting.Id].Author); // not handled yet: staff still need it
        Assert.Equal("@old_young", mentions[youngMention.Id].Author);

        Assert.Equal(["directline:young"], await app.QueryAsync(db => db.ConversationStates.Select(s => s.Key).ToListAsync()));
        Assert.Equal(["directline:young"], await app.QueryAsync(db => db.VerificationAttempts.Select(a => a.ConversationKey).ToListAsync()));

        Assert.True(first >= 6, $"{first} rows changed");
        Assert.Equal(0, await RunAsync(app, runAt));
    }

    [Fact]
    public async Task Run_DeletesTheFilesOfAnOldConversation_TheirMessagesStay()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FollowUps:RetentionDays"] = "365" });
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await app.SeedAsync(new UploadedFile { Id = "file-old", ConversationId = session.ConversationId, ContentType = "image/png", Name = "brief.png", Content = [1, 2, 3], CreatedAt = app.Clock.GetUtcNow().UtcDateTime });
        await client.SayAsync(session, "hier is mijn brief");
        var messages = await ActivityCountAsync(app, session.ConversationId);

        await RunAsync(app, new FakeTimeProvider(app.Clock.GetUtcNow().AddDays(400)));

        Assert.Equal(0, await app.QueryAsync(db => db.UploadedFiles.CountAsync()));
        Assert.Equal(messages, await ActivityCountAsync(app, session.ConversationId));
    }

    private static async Task<string> SeedBotConnectorAsync(WebcareAppFactory app, string name, DateTime at)
    {
        var key = $"botconnector:teams:{name}";
        await app.SeedAsync(new BotConnectorConversation
        {
            Key = key, ServiceUrl = "https://smba.example/", ChannelId = "msteams", ConversationId = name, BotId = "bot", UserId = "u-" + name,
            UserName = "Jan Jansen", LastSeenAt = at,
        });
        await app.SeedAsync(new BotConnectorMessage { ConversationKey = key, Role = "user", Name = "Jan Jansen", Text = Personal, At = at });
        await app.SeedAsync(new BotConnectorMessage { ConversationKey = key, Role = "bot", Name = "Webcare", Text = "Dank je Sanne, ik zoek het op.", At = at });
        await app.SeedAsync(new HandoffRequest { ConversationKey = key, Reason = "human-request", Status = HandoffStatus.Resolved, DebtorId = (await app.QueryAsync(db => db.Debtors.FirstAsync())).Id, Language = "nl", RequestedAt = at });
        return key;
    }

    private static async Task<Mention> SeedMentionAsync(WebcareAppFactory app, string name, MentionStatus status, DateTime at)
    {
        var author = name == "young" ? "@old_young" : $"@old_{name}";
        var mention = await app.SeedAsync(new Mention
        {
            Platform = "x", ExternalId = "tweet-" + name, Author = author, Text = $"{author} mijn IBAN is NL91ABNA0417164300, bel 0612345678",
            CreatedAt = at, ReceivedAt = at, Risk = MentionRisk.High, RiskReasons = "pii", PiiKinds = "iban,phone", Status = status, DueAt = at,
        });
        await app.SeedAsync(new MentionReply
        {
            MentionId = mention.Id, Text = $"Hoi {author}, we sturen je een privébericht.", DraftedById = "1", DraftedByName = "Anna", DraftedAt = at,
            IdempotencyKey = "key-" + name,
        });
        await app.SeedAsync(new MentionAudit { MentionId = mention.Id, Action = "note", ActorId = "1", ActorName = "Anna", At = at, Details = "klant gaf 0612345678" });
        return mention;
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
