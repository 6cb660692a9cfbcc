using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Invoices;

namespace WebcareHub.Handoff;

/// <summary>What an agent sees of a chat: the transcript so far and who the customer is (if verified).</summary>
public sealed class ChatViews(WebcareDbContext db, ConversationChannels conversations, HandoffQueue queue, IOptions<BotOptions> bot, StaffFileIds fileIds)
{
    public const int MaxTranscript = 500;
    public const int MaxEarlier = 10;
    private const int MaxLastWords = 140;

    /// <summary>
    /// The waiting chats as the queue shows them: who (when verified), the creditor and the customer's last
    /// words, so agents can tell chats apart at a glance.
    /// </summary>
    public async Task<List<QueueRow>> QueueAsync(CancellationToken ct)
    {
        var waiting = await queue.WaitingAsync(ct);
        var ids = waiting.Select(w => w.Id).ToList();
        var who = await db.HandoffRequests.AsNoTracking()
            .Where(h => ids.Contains(h.Id) && h.DebtorId != null)
            .Select(h => new
            {
                h.Id,
                Name = db.Debtors.Where(d => d.Id == h.DebtorId).Select(d => d.Name).FirstOrDefault(),
                Creditor = db.Invoices.Where(i => i.Number == h.InvoiceNumber && i.DebtorId == h.DebtorId).Select(i => i.Creditor!.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(h => h.Id, ct);
        var rows = new List<QueueRow>(waiting.Count);
        foreach (var w in waiting)
        {
            who.TryGetValue(w.Id, out var known);
            rows.Add(new QueueRow(w.Id, w.Reason, w.Urgency, w.Distress, Kinds(w.DistressKinds), w.Language, w.InvoiceNumber, w.RequestedAt,
                known?.Name, known?.Creditor, await LastWordsAsync(w.ConversationKey, ct)));
        }
        return rows;
    }

    /// <summary>The open chats an agent holds, oldest claim first: who (when verified), why, how urgent.</summary>
    public Task<List<MyChat>> MineAsync(string agentId, CancellationToken ct) => db.HandoffRequests.AsNoTracking()
        .Where(h => h.Status == HandoffStatus.WithAgent && h.AgentId == agentId)
        .OrderBy(h => h.ClaimedAt).ThenBy(h => h.Id)
        .Select(h => new MyChat(h.Id, h.Reason, h.Urgency, h.Language,
            h.DebtorId == null ? null : db.Debtors.Where(d => d.Id == h.DebtorId).Select(d => d.Name).FirstOrDefault()))
        .ToListAsync(ct);

    public async Task<ChatView> ViewAsync(int handoffId, CancellationToken ct)
    {
        var request = await db.HandoffRequests.AsNoTracking().SingleAsync(h => h.Id == handoffId, ct);
        // The customer's answers to the bot's check for the agent are their proof: staff never read them.
        var windows = await WindowsAsync(request.ConversationKey, ct);
        var transcript = (await conversations.ReadTranscriptAsync(request.ConversationKey, MaxTranscript, ct))
            .Select(l => VerificationWindow.ForStaff(windows, l.Sequence, l.Role, l.Text) is { } shown
                // A file sent during the check (a photo of the letter, an ID) is proof too: staff never get it.
                ? new ChatLine(l.Sequence, l.Role, l.Name, shown, l.At) { Files = VerificationWindow.InAny(windows, l.Sequence, l.Role) ? [] : fileIds.ForStaff(l.Files) }
                : new ChatLine(l.Sequence, l.Role, l.Name, "", l.At, Hidden: true))
            .ToList();
        var invoice = request.InvoiceNumber is null || request.DebtorId is null
            ? null
            : await db.Invoices.AsNoTracking()
                .Where(i => i.Number == request.InvoiceNumber && i.DebtorId == request.DebtorId)
                .Select(i => new { i.Id, Customer = i.Debtor!.Name, i.Number, Creditor = i.Creditor!.Name, i.OpenCents, i.DueOn, i.Status })
                .SingleOrDefaultAsync(ct);
        CustomerContext? customer = null;
        if (invoice is not null)
        {
            // Three small queries instead of one with two collections: no cartesian product, no EF warning.
            var promises = await db.PaymentPromises.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).OrderBy(p => p.CreatedAt)
                .Select(p => new PromiseLine(p.PromisedOn, p.AmountCents, p.Status)).ToListAsync(ct);
            var arrangements = await db.PaymentArrangements.AsNoTracking().Where(a => a.InvoiceId == invoice.Id).OrderBy(a => a.CreatedAt)
                .Select(a => new ArrangementLine(a.InstalmentCount, a.InstalmentCents, a.FirstDueOn, a.Status)).ToListAsync(ct);
            var disputed = await db.Disputes.AnyAsync(d => d.InvoiceId == invoice.Id && d.Status == DisputeStatus.Open, ct);
            customer = new CustomerContext(invoice.Customer, invoice.Number, invoice.Creditor, invoice.OpenCents, invoice.DueOn,
                InvoiceFacts.StatusKey(invoice.Status), promises, arrangements, disputed);
        }
        var earlier = request.DebtorId is null
            ? []
            : await db.HandoffRequests.AsNoTracking()
                .Where(h => h.DebtorId == request.DebtorId && h.Id != handoffId)
                .OrderByDescending(h => h.RequestedAt).Take(MaxEarlier)
                .Select(h => new EarlierChat(h.RequestedAt, h.Reason, h.Status, h.Outcome, h.InvoiceNumber))
                .ToListAsync(ct);
        var notes = await db.HandoffNotes.AsNoTracking().Where(n => n.HandoffId == handoffId).OrderBy(n => n.Id)
            .Select(n => new NoteLine(n.AgentName, n.Text, n.WrittenAt)).ToListAsync(ct);
        // A chat opened from the one-time link under a public mention: the agent sees where the customer came from.
        var origin = await db.Mentions.AsNoTracking().Where(m => m.ChatConversationKey == request.ConversationKey)
            .Select(m => new PublicOrigin(m.Platform, m.Author, m.CreatedAt)).FirstOrDefaultAsync(ct);
        return new ChatView(request.Id, request.Reason, request.Urgency, request.Distress, Kinds(request.DistressKinds), request.Language, request.Details,
            customer, transcript, notes, request.Status, bot.Value.Name, earlier, origin);
    }

    /// <summary>Every stretch of this conversation (under any of its hand-offs) in which the bot checked the customer for an agent.</summary>
    private Task<List<VerificationWindow>> WindowsAsync(string conversationKey, CancellationToken ct) => db.VerificationWindows.AsNoTracking()
        .Where(w => db.HandoffRequests.Any(h => h.Id == w.HandoffId && h.ConversationKey == conversationKey))
        .ToListAsync(ct);

    private async Task<string?> LastWordsAsync(string conversationKey, CancellationToken ct)
    {
        try
        {
            var windows = await WindowsAsync(conversationKey, ct);
            var last = (await conversations.ReadTranscriptAsync(conversationKey, MaxTranscript, ct))
                .Where(l => l.Role == "user")
                .Select(l => VerificationWindow.ForStaff(windows, l.Sequence, l.Role, l.Text))
                .LastOrDefault(shown => shown is not null);
            if (last is null) return null;
            var line = string.Join(' ', last.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return line.Length <= MaxLastWords ? line : line[..MaxLastWords] + "…";
        }
        catch (ConversationUnreachableException)
        {
            return null;
        }
    }

    private static List<string> Kinds(string? kinds) => [.. (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];
}

/// <summary>A waiting chat in the queue; <see cref="CustomerName"/> only when the customer is verified.</summary>
public sealed record QueueRow(int Id, string Reason, HandoffUrgency Urgency, bool Distress, IReadOnlyList<string> DistressKinds, string Language,
    string? InvoiceNumber, DateTime RequestedAt, string? CustomerName, string? Creditor, string? LastWords);

public sealed record ChatView(int HandoffId, string Reason, HandoffUrgency Urgency, bool Distress, IReadOnlyList<string> DistressKinds, string Language, string? Details,
    CustomerContext? Customer, List<ChatLine> Transcript, List<NoteLine> Notes, HandoffStatus Status, string BotName, List<EarlierChat> Earlier,
    PublicOrigin? Origin = null);

/// <summary>
/// A transcript line as staff see it: <see cref="Hidden"/> (and no text or files) for the customer's answers to the
/// bot's check; <see cref="Files"/> opened through <see cref="ChatFileEndpoint"/>.
/// </summary>
public sealed record ChatLine(long Sequence, string Role, string? Name, string Text, DateTime At, bool Hidden = false)
{
    public IReadOnlyList<ChatFile> Files { get; init; } = [];
}

/// <summary>An open chat the agent holds; <see cref="CustomerName"/> only when the customer is verified.</summary>
public sealed record MyChat(int Id, string Reason, HandoffUrgency Urgency, string Language, string? CustomerName);

/// <summary>The public mention whose private-chat link opened this chat.</summary>
public sealed record PublicOrigin(string Platform, string Author, DateTime At);

public sealed record NoteLine(string AgentName, string Text, DateTime At);

public sealed record EarlierChat(DateTime At, string Reason, HandoffStatus Status, string? Outcome, string? InvoiceNumber);

public sealed record CustomerContext(string Name, string InvoiceNumber, string Creditor, long OpenCents, DateOnly DueOn, string Status,
    List<PromiseLine> Promises, List<ArrangementLine> Arrangements, bool Disputed);

public sealed record PromiseLine(DateOnly PromisedOn, long AmountCents, PromiseStatus Status);

public sealed record ArrangementLine(int Instalments, long InstalmentCents, DateOnly FirstDueOn, ArrangementStatus Status);
