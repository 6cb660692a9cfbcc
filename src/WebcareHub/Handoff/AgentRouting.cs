using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>While an agent owns a chat, the customer's messages go to that agent and the bot stays silent.</summary>
public sealed class AgentRouting(WebcareDbContext db, IHubContext<AgentConsoleHub, IAgentConsoleClient> hub, TimeProvider clock)
{
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
