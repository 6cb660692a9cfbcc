using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>Records the bot's hand-offs to people (the agent console picks them up).</summary>
public sealed class Handoffs(WebcareDbContext db, TimeProvider clock, IHubContext<AgentConsoleHub, IAgentConsoleClient> hub)
{
    public async Task<HandoffRequest> RequestAsync(string conversationKey, string reason, HandoffUrgency urgency, int? debtorId,
        string? invoiceNumber, bool distress, string language, string? details, bool callback, CancellationToken ct)
    {
        var request = new HandoffRequest
        {
            ConversationKey = conversationKey,
            Reason = reason,
            Urgency = urgency,
            Status = callback ? HandoffStatus.CallbackRequested : HandoffStatus.Waiting,
            DebtorId = debtorId,
            InvoiceNumber = invoiceNumber,
            Distress = distress,
            Language = language,
            Details = details,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.HandoffRequests.Add(request);
        await db.SaveChangesAsync(ct); // in the queue before the customer is told so
        if (request.Status == HandoffStatus.Waiting) await hub.Clients.Group(AgentConsoleHub.Agents).QueueChanged();
        return request;
    }

    /// <summary>
    /// The customer's place in the queue once this request is in: waiting requests of at least the same
    /// urgency that came earlier, plus one.
    /// </summary>
    public async Task<int> PlaceInQueueAsync(HandoffUrgency urgency, CancellationToken ct)
    {
        // Urgency is stored as text, so compare by the list of levels rather than with >= in SQL.
        var asUrgent = Enum.GetValues<HandoffUrgency>().Where(u => u >= urgency).ToList();
        return await db.HandoffRequests.CountAsync(h => h.Status == HandoffStatus.Waiting && asUrgent.Contains(h.Urgency), ct) + 1;
    }
}
