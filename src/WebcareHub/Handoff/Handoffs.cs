using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

using WebcareHub.Understanding;

namespace WebcareHub.Handoff;

/// <summary>
/// Records the bot's hand-offs to people (the agent console picks them up). A conversation has at most one
/// open hand-off (waiting or with an agent; a filtered unique index holds it): asking again adds nothing but
/// may make the request more urgent.
/// </summary>
public sealed class Handoffs(WebcareDbContext db, HandoffQueue queue, TimeProvider clock, IHubContext<AgentConsoleHub, IAgentConsoleClient> hub)
{
    public async Task<HandoffResult> RequestAsync(HandoffAsk ask, CancellationToken ct)
    {
        // A second call-back request or message in one chat joins the first task: one call, with all the customer's
        // words; a possible crisis makes it a crisis task, first on the list.
        if (ask.Callback && await JoinWaitingCallbackAsync(ask, ct) is { } joined) return joined;
        var open = await OpenRequestAsync(ask.ConversationKey, ct);
        if (open is null)
        {
            var request = NewRequest(ask);
            db.HandoffRequests.Add(request);
            try
            {
                await db.SaveChangesAsync(ct); // in the queue before the customer is told so
            }
            catch (DbUpdateException)
            {
                // Another turn of this chat filed one at the same moment: that one stands.
                db.Entry(request).State = EntityState.Detached;
                open = await OpenRequestAsync(ask.ConversationKey, ct);
                if (open is null) throw;
            }
            if (open is null)
            {
                if (ask.Callback) await AddCallbackTaskAsync(request, ct);
                return await AnnounceAsync(request, alreadyOpen: false, ct);
            }
        }
        Merge(open, ask);
        await db.SaveChangesAsync(ct);
        // Out of hours a chat still in the queue from before closing that asks to be called (or leaves its words) moves
        // to the call-back list: that is what the customer is now told of, not a queue nobody picks it up from overnight.
        // Only if it is still waiting: an agent who claims it at this very moment keeps it.
        if (ask.Callback && open.Status == HandoffStatus.Waiting)
        {
            var moved = await MoveToCallbackListAsync(open.Id, ct);
            await db.Entry(open).ReloadAsync(ct); // the move, or the claim that came first
            if (moved)
            {
                await AddCallbackTaskAsync(open, ct);
                await AnnounceMovedToCallbackListAsync([open.Id], ct);
                return new HandoffResult(open.Id, AlreadyOpen: false, Place: null);
            }
        }
        return await AnnounceAsync(open, alreadyOpen: true, ct);
    }

    /// <summary>An out-of-hours message or call-back request joins the one call-back list, with the customer's own words.</summary>
    private async Task AddCallbackTaskAsync(HandoffRequest request, CancellationToken ct)
    {
        var context = request.Details is { Length: > 0 } words ? words : NoMessage;
        db.CallbackTasks.Add(new CallbackTask
        {
            SourceKey = CallbackTask.HandoffKey(request.Id),
            // A possible crisis (top urgency, whatever the customer asked for) is first on the list.
            Reason = request.Urgency == HandoffUrgency.Top ? CallbackReasons.Crisis : request.Reason switch
            {
                CallbackReasons.Message => CallbackReasons.Message,
                CallbackReasons.Crisis => CallbackReasons.Crisis,
                _ => CallbackReasons.CallbackRequest,
            },
            DueAt = request.RequestedAt, CreatedAt = request.RequestedAt, DebtorId = request.DebtorId, InvoiceNumber = request.InvoiceNumber,
            ConversationKey = request.ConversationKey, Language = request.Language,
            Context = CallbackTask.Clip(context),
        });
        await db.SaveChangesAsync(ct);
    }

    private const string NoMessage = "(geen bericht)";

    /// <summary>The reason of a plain request for a person.</summary>
    public const string HumanRequest = "human-request";

    /// <summary>
    /// A possible crisis noticed after the chat asked for a person (the customer did not answer the gentle crisis question):
    /// its request still open moves to the top of the queue with its own reason kept, and a call-back task it left goes
    /// first on the call-back list.
    /// </summary>
    public async Task MarkPossibleCrisisAsync(string conversationKey, CancellationToken ct)
    {
        var raised = await db.HandoffRequests
            .Where(h => h.ConversationKey == conversationKey && h.Urgency != HandoffUrgency.Top
                && (h.Status == HandoffStatus.Waiting || h.Status == HandoffStatus.WithAgent || h.Status == HandoffStatus.CallbackRequested))
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.Urgency, HandoffUrgency.Top), ct);
        await db.CallbackTasks
            .Where(t => t.ConversationKey == conversationKey && t.DoneAt == null
                && (t.SourceKey.StartsWith(CallbackTask.HandoffSource) || t.SourceKey.StartsWith(CallbackTask.HandoffWaitSource))
                && t.Reason != CallbackReasons.Crisis)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Reason, CallbackReasons.Crisis), ct);
        if (raised == 0) return;
        await QueueChangedAsync(ct);
    }

    /// <summary>
    /// Adds the ask to the chat's open call-back task, if it has one. The change is a conditional update on the
    /// words read: a task an agent closes at this very moment (or another turn just changed) is read again, and a
    /// closed task makes the ask a new request. An agent who claimed the task cannot close it over words added since
    /// they read it (see <see cref="CallbackEndpoints"/>), so the call the customer is told of hears every word.
    /// The result says "already noted" only when the task was a call-back request (made with a number to call): a
    /// message or a crisis task the customer never asked a call for promises no call of its own.
    /// </summary>
    private async Task<HandoffResult?> JoinWaitingCallbackAsync(HandoffAsk ask, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var waiting = await db.CallbackTasks.AsNoTracking()
                .Where(t => t.ConversationKey == ask.ConversationKey && t.DoneAt == null && t.SourceKey.StartsWith(CallbackTask.HandoffSource)
                    && (t.Reason == CallbackReasons.Message || t.Reason == CallbackReasons.CallbackRequest || t.Reason == CallbackReasons.Crisis))
                .OrderBy(t => t.Id).Select(t => new { t.Id, t.SourceKey, t.Context, t.Reason }).FirstOrDefaultAsync(ct);
            if (waiting is null) return null;
            var context = waiting.Context;
            if (ask.Details is { Length: > 0 } words && !context.Contains(words, StringComparison.Ordinal))
            {
                var joined = context == NoMessage ? words : context + "\n" + words;
                context = CallbackTask.Clip(joined);
            }
            // A message left earlier becomes a call-back once the customer asks to be called; a crisis stays one, and a
            // possible crisis makes the task one.
            var reason = waiting.Reason == CallbackReasons.Crisis || ask.Urgency == HandoffUrgency.Top ? CallbackReasons.Crisis
                : ask.Reason == CallbackReasons.Message ? waiting.Reason : CallbackReasons.CallbackRequest;
            var changed = await db.CallbackTasks
                .Where(t => t.Id == waiting.Id && t.DoneAt == null && t.Context == waiting.Context)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Context, context).SetProperty(t => t.Reason, reason), ct);
            if (changed != 1) continue;
            var handoffId = CallbackTask.HandoffIdOf(waiting.SourceKey)!.Value;
            if (ask.Urgency > HandoffUrgency.Normal)
                await db.HandoffRequests.Where(h => h.Id == handoffId && h.Urgency < ask.Urgency)
                    .ExecuteUpdateAsync(u => u.SetProperty(h => h.Urgency, ask.Urgency), ct);
            // Joining a message or crisis task tells the customer what a new task would have: it is "requested".
            var noted = waiting.Reason == CallbackReasons.CallbackRequest;
            return new HandoffResult(handoffId, AlreadyOpen: noted, Place: null, CallbackNoted: noted);
        }
        return null;
    }

    private Task<HandoffRequest?> OpenRequestAsync(string conversationKey, CancellationToken ct) => db.HandoffRequests
        .SingleOrDefaultAsync(h => h.ConversationKey == conversationKey
            && (h.Status == HandoffStatus.Waiting || h.Status == HandoffStatus.WithAgent), ct);

    private HandoffRequest NewRequest(HandoffAsk ask) => new()
    {
        ConversationKey = ask.ConversationKey,
        Reason = ask.Reason,
        Urgency = ask.Urgency,
        Status = ask.Callback ? HandoffStatus.CallbackRequested : HandoffStatus.Waiting,
        DebtorId = ask.DebtorId,
        InvoiceNumber = ask.InvoiceNumber,
        Distress = ask.Distress,
        DistressKinds = ask.DistressKinds,
        Language = ask.Language,
        Details = ask.Details,
        RequestedAt = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>
    /// A second ask joins the first: a more urgent one (a dispute, a crisis) moves the chat up and sets the reason, unless
    /// it only asks for a person (made urgent by an unanswered crisis question): that says nothing new about why.
    /// </summary>
    private static void Merge(HandoffRequest open, HandoffAsk ask)
    {
        if (ask.Urgency > open.Urgency)
        {
            open.Urgency = ask.Urgency;
            if (ask.Reason != HumanRequest) open.Reason = ask.Reason;
        }
        open.Distress |= ask.Distress;
        open.DistressKinds = Distress.MergeKindNames(open.DistressKinds, ask.DistressKinds);
        if (ask.DebtorId is not null && open.DebtorId is null)
        {
            open.DebtorId = ask.DebtorId;
            open.InvoiceNumber = ask.InvoiceNumber;
        }
        if (!string.IsNullOrWhiteSpace(ask.Details) && ask.Details != open.Details)
        {
            var details = open.Details is null ? ask.Details : open.Details + "\n" + ask.Details;
            open.Details = details[..Math.Min(details.Length, HandoffRequest.MaxDetailsLength)];
        }
    }

    /// <summary>
    /// Moves a chat from the queue to the call-back list if it is still waiting; false when an agent claimed it (or
    /// another turn or sweep moved it) at this very moment.
    /// </summary>
    public async Task<bool> MoveToCallbackListAsync(int handoffId, CancellationToken ct) =>
        await db.HandoffRequests.Where(h => h.Id == handoffId && h.Status == HandoffStatus.Waiting)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.Status, HandoffStatus.CallbackRequested).SetProperty(h => h.ToldPlace, (int?)null), ct) == 1;

    /// <summary>
    /// Chats moved to the call-back list (one asked to be called out of hours, or people went home): the place above each
    /// chat gives way to that, once for all the others waiting hear their new place and the agents' queues reload.
    /// </summary>
    public async Task AnnounceMovedToCallbackListAsync(IReadOnlyCollection<int> handoffIds, CancellationToken ct)
    {
        foreach (var id in handoffIds) await queue.TellMovedToCallbackListAsync(id, ct);
        if (handoffIds.Count > 0) await QueueChangedAsync(ct);
    }

    /// <summary>The queue changed: everyone waiting hears their place if it moved, and the agents' consoles reload it.</summary>
    private async Task QueueChangedAsync(CancellationToken ct)
    {
        await queue.TellWaitingTheirPlaceAsync(ct);
        await hub.Clients.Group(AgentConsoleHub.Agents).QueueChanged();
    }

    /// <summary>The requester's place (they are told it by the bot); everyone else waiting hears theirs if it changed.</summary>
    private async Task<HandoffResult> AnnounceAsync(HandoffRequest request, bool alreadyOpen, CancellationToken ct)
    {
        if (request.Status != HandoffStatus.Waiting) return new HandoffResult(request.Id, alreadyOpen, null);
        var place = await queue.PlaceOfAsync(request.Id, ct);
        request.ToldPlace = place;
        await db.SaveChangesAsync(ct);
        await QueueChangedAsync(ct);
        return new HandoffResult(request.Id, alreadyOpen, place);
    }
}

/// <summary>What the bot asks a person for: why, how urgent, who (if verified), the customer's words, now or a call-back.</summary>
public sealed record HandoffAsk(string ConversationKey, string Reason, HandoffUrgency Urgency, int? DebtorId, string? InvoiceNumber,
    bool Distress, string Language, string? Details, bool Callback, string? DistressKinds = null);

/// <summary>The chat's one open request; <see cref="Place"/> in the queue while it waits; <see cref="CallbackNoted"/> when an earlier call-back task took the ask.</summary>
public sealed record HandoffResult(int HandoffId, bool AlreadyOpen, int? Place, bool CallbackNoted = false);
