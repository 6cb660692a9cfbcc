using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Invoices;

namespace WebcareHub.Handoff;

/// <summary>What an agent sees of a chat: the transcript so far and who the customer is (if verified).</summary>
public sealed class ChatViews(WebcareDbContext db, ConversationChannels conversations)
{
    public const int MaxTranscript = 500;

    public async Task<ChatView> ViewAsync(int handoffId, CancellationToken ct)
    {
        var request = await db.HandoffRequests.AsNoTracking().SingleAsync(h => h.Id == handoffId, ct);
        var transcript = await conversations.ReadTranscriptAsync(request.ConversationKey, MaxTranscript, ct);
        var invoice = request.InvoiceNumber is null || request.DebtorId is null
            ? null
            : await db.Invoices.AsNoTracking()
                .Where(i => i.Number == request.InvoiceNumber && i.DebtorId == request.DebtorId)
                .Select(i => new CustomerContext(i.Debtor!.Name, i.Number, i.Creditor!.Name,
                    i.OpenCents, i.DueOn, InvoiceFacts.StatusKey(i.Status),
                    db.PaymentPromises.Where(p => p.InvoiceId == i.Id).OrderBy(p => p.CreatedAt).Select(p => new PromiseLine(p.PromisedOn, p.AmountCents, p.Status)).ToList(),
                    db.PaymentArrangements.Where(a => a.InvoiceId == i.Id).Select(a => new ArrangementLine(a.InstalmentCount, a.InstalmentCents, a.FirstDueOn, a.Status)).ToList(),
                    db.Disputes.Any(d => d.InvoiceId == i.Id && d.Status == DisputeStatus.Open)))
                .SingleOrDefaultAsync(ct);
        var notes = await db.HandoffNotes.AsNoTracking().Where(n => n.HandoffId == handoffId).OrderBy(n => n.Id)
            .Select(n => new NoteLine(n.AgentName, n.Text, n.WrittenAt)).ToListAsync(ct);
        return new ChatView(request.Id, request.Reason, request.Urgency, request.Distress, Kinds(request.DistressKinds), request.Language, request.Details,
            invoice, transcript, notes);
    }

    private static List<string> Kinds(string? kinds) => [.. (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)];
}

public sealed record ChatView(int HandoffId, string Reason, HandoffUrgency Urgency, bool Distress, IReadOnlyList<string> DistressKinds, string Language, string? Details,
    CustomerContext? Customer, List<TranscriptLine> Transcript, List<NoteLine> Notes);

public sealed record NoteLine(string AgentName, string Text, DateTime At);

public sealed record CustomerContext(string Name, string InvoiceNumber, string Creditor, long OpenCents, DateOnly DueOn, string Status,
    List<PromiseLine> Promises, List<ArrangementLine> Arrangements, bool Disputed);

public sealed record PromiseLine(DateOnly PromisedOn, long AmountCents, PromiseStatus Status);

public sealed record ArrangementLine(int Instalments, long InstalmentCents, DateOnly FirstDueOn, ArrangementStatus Status);
