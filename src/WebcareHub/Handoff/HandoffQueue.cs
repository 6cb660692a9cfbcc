using Microsoft.EntityFrameworkCore;
using WebcareHub.Bot;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Channels;
using WebcareHub.Common;
using WebcareHub.Conversations;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>
/// The queue of chats waiting for a person: ordered by urgency (crisis, distress and disputes first), then
/// waiting time; claimed atomically (two agents at once: one wins); released or closed. The customer hears
/// of each step through a <c>handoff.status</c> event in the chat (contract section 10).
/// </summary>
public sealed class HandoffQueue(WebcareDbContext db, ConversationChannels conversations, DialogCatalogSource dialogs, TimeProvider clock,
    Microsoft.AspNetCore.SignalR.IHubContext<AgentConsoleHub, IAgentConsoleClient> hub)
{
    public const string StatusEvent = "handoff.status";
    public const string BackToBot = "back-to-bot";

    /// <summary>The outcome of a wait task whose chat an agent answered and closed.</summary>
    public const string AnsweredInChat = "In de chat beantwoord";

    public Task<List<QueueItem>> WaitingAsync(CancellationToken ct) => db.HandoffRequests.AsNoTracking()
        .Where(h => h.Status == HandoffStatus.Waiting)
        .OrderBy(h => h.Urgency == HandoffUrgency.Top ? 0 : h.Urgency == HandoffUrgency.High ? 1 : 2)
        .ThenBy(h => h.RequestedAt)
        .ThenBy(h => h.Id)
        .Select(h => new QueueItem(h.Id, h.ConversationKey, h.Reason, h.Urgency, h.Distress, h.DistressKinds, h.Language, h.InvoiceNumber, h.RequestedAt))
        .ToListAsync(ct);

    /// <summary>The place of a waiting chat in the queue (1 is next), or null when it is not waiting.</summary>
    public async Task<int?> PlaceOfAsync(int handoffId, CancellationToken ct) =>
        (await WaitingAsync(ct)).FindIndex(h => h.Id == handoffId) is var i and >= 0 ? i + 1 : null;

    /// <summary>True for exactly one of several agents claiming the same waiting chat.</summary>
    public async Task<bool> ClaimAsync(int handoffId, string agentId, string agentName, CancellationToken ct)
    {
        var claimed = await db.HandoffRequests
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.Waiting)
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Status, HandoffStatus.WithAgent)
                .SetProperty(h => h.AgentId, agentId)
                .SetProperty(h => h.ClaimedAt, clock.GetUtcNow().UtcDateTime), ct) == 1;
        if (claimed)
        {
            await TellCustomerAsync(handoffId, "accepted", "accepted", agentName, ct);
            await TellWaitingTheirPlaceAsync(ct);
        }
        return claimed;
    }

    /// <summary>Puts a claimed chat back in the queue (the agent left or disappeared).</summary>
    public async Task<bool> ReleaseAsync(int handoffId, string agentId, CancellationToken ct) =>
        await db.HandoffRequests
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == agentId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Status, HandoffStatus.Waiting)
                .SetProperty(h => h.AgentId, (string?)null)
                .SetProperty(h => h.ClaimedAt, (DateTime?)null)
                .SetProperty(h => h.ToldPlace, (int?)null), ct) == 1;

    /// <summary>
    /// Chats whose agent has been gone since <paramref name="cutoff"/> at least, and held by them since then,
    /// go back to the queue; the customers are told, and everyone waiting hears their place.
    /// </summary>
    public async Task ReleaseChatsOfAgentsGoneAsync(Func<string, DateTime, bool> goneSince, DateTime cutoff, CancellationToken ct)
    {
        var held = await db.HandoffRequests.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.WithAgent && h.AgentId != null && h.ClaimedAt <= cutoff)
            .Select(h => new { h.Id, AgentId = h.AgentId! }).ToListAsync(ct);
        var released = 0;
        foreach (var chat in held.Where(h => goneSince(h.AgentId, cutoff)))
        {
            if (!await ReleaseAsync(chat.Id, chat.AgentId, ct)) continue;
            await TellCustomerAsync(chat.Id, "waiting", "released", null, ct);
            released++;
        }
        if (released == 0) return;
        await TellWaitingTheirPlaceAsync(ct);
        await hub.Clients.Group(AgentConsoleHub.Agents).QueueChanged();
    }

    /// <summary>Moves a chat to a colleague; false when the caller does not own it.</summary>
    public async Task<bool> TransferAsync(int handoffId, string fromAgentId, string toAgentId, string toAgentName, CancellationToken ct)
    {
        var moved = await db.HandoffRequests
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == fromAgentId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.AgentId, toAgentId)
                .SetProperty(h => h.ClaimedAt, clock.GetUtcNow().UtcDateTime), ct) == 1;
        if (moved) await TellCustomerAsync(handoffId, "accepted", "accepted", toAgentName, ct);
        return moved;
    }

    /// <summary>Closes the agent's chat with an outcome ("back-to-bot" hands it back); the bot answers again.</summary>
    public async Task<bool> CloseAsync(int handoffId, string agentId, string outcome, CancellationToken ct)
    {
        var status = outcome == BackToBot ? HandoffStatus.BackToBot : HandoffStatus.Resolved;
        var closed = await db.HandoffRequests
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == agentId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(h => h.Status, status)
                .SetProperty(h => h.Outcome, outcome), ct) == 1;
        if (!closed) return false;
        // The chat was answered after all: its "nobody picked it up" task, if no colleague has taken it yet, is done, so
        // the customer is not called about a question already answered. A crisis task stays for a person to decide.
        if (status == HandoffStatus.Resolved)
            await db.CallbackTasks.Where(t => t.SourceKey == CallbackTask.HandoffWaitSource + handoffId && t.DoneAt == null && t.AssignedTo == null
                    && t.Reason == CallbackReasons.UnclaimedHandoff)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.DoneAt, clock.GetUtcNow().UtcDateTime).SetProperty(t => t.Outcome, AnsweredInChat), ct);
        await TellCustomerAsync(handoffId, "completed", await AgreedInChatAsync(handoffId, ct) ? "completed-agreed" : "completed", null, ct);
        return true;
    }

    /// <summary>
    /// Whether a promise or arrangement for this chat's customer was recorded since the chat asked for a person:
    /// only then is the customer told that what was agreed stands.
    /// </summary>
    private async Task<bool> AgreedInChatAsync(int handoffId, CancellationToken ct)
    {
        var chat = await db.HandoffRequests.AsNoTracking().Where(h => h.Id == handoffId).Select(h => new { h.DebtorId, h.RequestedAt }).SingleAsync(ct);
        if (chat.DebtorId is not { } debtor) return false;
        return await db.PaymentPromises.AnyAsync(p => p.DebtorId == debtor && p.CreatedAt >= chat.RequestedAt, ct)
            || await db.PaymentArrangements.AnyAsync(a => a.DebtorId == debtor && a.CreatedAt >= chat.RequestedAt, ct);
    }

    /// <summary>
    /// Everyone waiting whose place changed (someone more urgent joined ahead, someone ahead left the queue)
    /// hears their new place (shown above their chat).
    /// </summary>
    public async Task TellWaitingTheirPlaceAsync(CancellationToken ct)
    {
        var waiting = await WaitingAsync(ct);
        var told = await db.HandoffRequests.Where(h => h.Status == HandoffStatus.Waiting)
            .Select(h => new { h.Id, h.ToldPlace }).ToDictionaryAsync(h => h.Id, h => h.ToldPlace, ct);
        for (var i = 0; i < waiting.Count; i++)
        {
            var place = i + 1;
            if (told.GetValueOrDefault(waiting[i].Id) == place) continue;
            var id = waiting[i].Id;
            // Only if still waiting: a claim in between makes the place meaningless.
            if (await db.HandoffRequests.Where(h => h.Id == id && h.Status == HandoffStatus.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.ToldPlace, place), ct) == 1)
                await TellCustomerAsync(id, "waiting", "place", place.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }
    }

    /// <summary>The chat left the queue for the call-back list: the place shown above the chat gives way to that.</summary>
    public Task TellMovedToCallbackListAsync(int handoffId, CancellationToken ct) =>
        TellCustomerAsync(handoffId, "callback", "on-callback-list", null, ct);

    /// <summary>
    /// Sends a handoff.status event with a customer-safe text to the chat, on whatever channel it runs;
    /// <paramref name="filling"/> fills the text's placeholder (agent name, place).
    /// </summary>
    private async Task TellCustomerAsync(int handoffId, string state, string textKey, string? filling, CancellationToken ct)
    {
        var request = await db.HandoffRequests.AsNoTracking().SingleAsync(h => h.Id == handoffId, ct);
        var text = System.Text.RegularExpressions.Regex.Replace(dialogs.Current["handoff"].Texts[textKey][request.Language][0], @"\{\w+\}", filling ?? "");
        try
        {
            await conversations.SendAsync(request.ConversationKey, new Activity
            {
                Type = ActivityTypes.Event,
                Name = StatusEvent,
                From = new ChannelAccount("webcarehub", null, ActivityRoles.Channel),
                // "agent": who took over, so the page can say "Anna helpt je" above the chat.
                Value = new System.Text.Json.Nodes.JsonObject { ["state"] = state, ["message"] = text, ["agent"] = state == "accepted" ? filling : null },
                Locale = Locales.OfLanguage(request.Language),
            }, ct);
        }
        catch (ConversationUnreachableException)
        {
            // The channel already logged why; the claim, release or close it reports stands all the same.
        }
    }
}

/// <summary><see cref="DistressKinds"/>: the feelings the bot noticed ("fear,anger"), or null.</summary>
public sealed record QueueItem(int Id, string ConversationKey, string Reason, HandoffUrgency Urgency, bool Distress, string? DistressKinds,
    string Language, string? InvoiceNumber, DateTime RequestedAt);
