using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Conversations;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>While an agent owns a chat, the customer's messages go to that agent and the bot stays silent.</summary>
public sealed class AgentRouting(WebcareDbContext db, IHubContext<AgentConsoleHub, IAgentConsoleClient> hub, TimeProvider clock,
    ConversationChannels conversations, StaffFileIds fileIds)
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
        // Everything the customer wrote up to now was for the bot's check: hidden from staff for good.
        var last = await LastSequenceAsync(conversationKey, ct);
        await db.VerificationWindows.Where(w => w.HandoffId == id && w.UntilSequence == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.UntilSequence, last), ct);
        if (debtorId is not null)
            await db.HandoffRequests.Where(h => h.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.DebtorId, debtorId).SetProperty(h => h.InvoiceNumber, invoiceNumber), ct);
        await hub.Clients.Group(AgentConsoleHub.Chat(id)).VerificationEnded(id, debtorId is not null);
        await hub.Clients.Group(AgentConsoleHub.Readers(id)).ChatUpdated(id);
    }

    /// <summary>
    /// Opens the stretch of the transcript whose customer lines are the proof for the bot's check (see
    /// <see cref="VerificationWindow"/>); call before the bot asks its first question.
    /// </summary>
    public async Task VerificationStartingAsync(int handoffId, string conversationKey, CancellationToken ct)
    {
        db.VerificationWindows.Add(new VerificationWindow { HandoffId = handoffId, AfterSequence = await LastSequenceAsync(conversationKey, ct) });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The bot answered in a chat an agent owns (while checking the customer): a supervisor reading along sees it.</summary>
    public async Task BotAnsweredAsync(string conversationKey, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is { } id) await hub.Clients.Group(AgentConsoleHub.Readers(id)).ChatUpdated(id);
    }

    private async Task<long> LastSequenceAsync(string conversationKey, CancellationToken ct)
    {
        try
        {
            return (await conversations.ReadTranscriptAsync(conversationKey, ChatViews.MaxTranscript, ct)).Select(l => l.Sequence).DefaultIfEmpty().Max();
        }
        catch (ConversationUnreachableException)
        {
            return 0;
        }
    }

    /// <summary>True when an agent took the message; false when the bot should answer it.</summary>
    public async Task<bool> ForwardAsync(string conversationKey, string text, IReadOnlyList<ChatFile> files, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is not { } id) return false;
        await hub.Clients.Group(AgentConsoleHub.Chat(id)).CustomerMessage(id, text, clock.GetUtcNow().UtcDateTime, fileIds.ForStaff(files));
        await hub.Clients.Group(AgentConsoleHub.Readers(id)).ChatUpdated(id);
        return true;
    }

    /// <summary>A possible crisis signal in a line an agent received: the agent (and a supervisor reading along) is told at once.</summary>
    public async Task CrisisSignalAsync(string conversationKey, bool likely, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is not { } id) return;
        await hub.Clients.Groups(AgentConsoleHub.Chat(id), AgentConsoleHub.Readers(id)).CrisisSignal(id, likely);
    }

    public async Task ForwardTypingAsync(string conversationKey, CancellationToken ct)
    {
        if (await OwnedChatAsync(conversationKey, ct) is { } id) await hub.Clients.Group(AgentConsoleHub.Chat(id)).CustomerTyping(id);
    }

    private Task<int?> OwnedChatAsync(string conversationKey, CancellationToken ct) => db.HandoffRequests.AsNoTracking()
        .Where(h => h.ConversationKey == conversationKey && h.Status == HandoffStatus.WithAgent)
        .Select(h => (int?)h.Id).FirstOrDefaultAsync(ct);
}
