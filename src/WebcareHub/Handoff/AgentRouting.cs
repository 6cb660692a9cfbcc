using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>While an agent owns a chat, the customer's messages go to that agent and the bot stays silent.</summary>
public sealed class AgentRouting(WebcareDbContext db, IHubContext<AgentConsoleHub, IAgentConsoleClient> hub, TimeProvider clock)
{
    /// <summary>The event that asks the bot, from the console, to check who the customer is.</summary>
    public const string VerifyForAgentEvent = "handoff.verify";

    /// <summary>Conversation value set while the bot checks the customer for the agent: their answers go to the bot, not the agent.</summary>
    public const string VerifyingForAgent = "verifyingForAgent";

    /// <summary>
    /// The bot finished checking the customer for the agent: when verified the chat gets the customer and
    /// invoice (so the agent can record agreements); the agent hears the outcome, never the answers.
    /// </summary>
    public async Task VerificationEndedAsync(string conversationKey, int? debtorId, string? invoiceNumber, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is not { } id) return;
        if (debtorId is not null)
            await db.HandoffRequests.Where(h => h.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.DebtorId, debtorId).SetProperty(h => h.InvoiceNumber, invoiceNumber), ct);
        await hub.Clients.Group(AgentConsoleHub.Chat(id)).VerificationEnded(id, debtorId is not null);
    }

    /// <summary>True when an agent took the message; false when the bot should answer it.</summary>
    public async Task<bool> ForwardAsync(string conversationKey, string text, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is not { } id) return false;
        await hub.Clients.Group(AgentConsoleHub.Chat(id)).CustomerMessage(id, text, clock.GetUtcNow().UtcDateTime);
        return true;
    }

    public async Task ForwardTypingAsync(string conversationKey, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is { } id) await hub.Clients.Group(AgentConsoleHub.Chat(id)).CustomerTyping(id);
    }

    private Task<int?> OwnedChatAsync(string conversationKey, CancellationToken ct) => db.HandoffRequests.AsNoTracking()
        .Where(h => h.ConversationKey == conversationKey && h.Status == HandoffStatus.WithAgent)
        .Select(h => (int?)h.Id).FirstOrDefaultAsync(ct);
}
