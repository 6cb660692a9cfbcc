using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>Records the bot's hand-offs to people (the agent console picks them up).</summary>
public sealed class Handoffs(WebcareDbContext db, TimeProvider clock)
{
    public HandoffRequest Request(string conversationKey, string reason, HandoffUrgency urgency, int? debtorId,
        string? invoiceNumber, bool distress, string language, string? details, bool callback)
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
        return request;
    }
}
