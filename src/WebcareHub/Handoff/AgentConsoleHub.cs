using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Bot;
using WebcareHub.Channels;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Staff;

namespace WebcareHub.Handoff;

/// <summary>
/// The live connection of the agent console (<c>/hubs/agent</c>, staff only): the queue, claiming a chat,
/// writing to the customer, closing. Every chat operation checks that the caller owns the chat; who may do
/// what comes from <see cref="StaffPolicies"/>.
/// </summary>
[Authorize(Policy = StaffPolicies.ClaimChats)]
public sealed class AgentConsoleHub(HandoffQueue queue, WebcareDbContext db, ConversationChannels conversations,
    ChatViews chats, AgreementBook agreements, CannedAnswers canned, AgentPresence presence, UserManager<StaffUser> users,
    AgreementConfirmations confirmations, QueueHistory history, BotEventTurn botEvents, TimeProvider clock,
    FollowUps.NpsChatQuestion nps, AgentRouting routing)
    : Hub<IAgentConsoleClient>
{
    public const string Path = "/hubs/agent";
    public const string Agents = "agents";
    private const int MaxNoteLength = 4000;
    private const int MaxOutcomeLength = 40;

    /// <summary>The group of the connections of the agent who owns a chat.</summary>
    public static string Chat(int handoffId) => $"handoff-{handoffId}";

    /// <summary>The group of the supervisors' connections reading along with a chat.</summary>
    public static string Readers(int handoffId) => $"reading-{handoffId}";

    private const string ReadingKey = "reading";

    public override async Task OnConnectedAsync()
    {
        var me = await MeAsync();
        presence.Connected(me.Id, me.DisplayName, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Agents);
        foreach (var id in await db.HandoffRequests.Where(h => h.Status == HandoffStatus.WithAgent && h.AgentId == AgentId)
                     .Select(h => h.Id).ToListAsync(Context.ConnectionAborted))
            await Groups.AddToGroupAsync(Context.ConnectionId, Chat(id));
        await Clients.Group(Agents).QueueChanged(); // supervisors see who is online
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(AgentId, Context.ConnectionId);
        await Clients.OthersInGroup(Agents).QueueChanged();
    }

    public async Task SetAway(bool away)
    {
        presence.SetAway(AgentId, away);
        await Clients.Group(Agents).QueueChanged();
    }

    /// <summary>Supervisors: every agent with their load, and every open chat.</summary>
    [Authorize(Policy = StaffPolicies.SuperviseTeam)]
    public async Task<Overview> GetOverview()
    {
        var open = await db.HandoffRequests.AsNoTracking()
            .Where(h => h.Status == HandoffStatus.Waiting || h.Status == HandoffStatus.WithAgent)
            .OrderBy(h => h.RequestedAt)
            .Select(h => new
            {
                h.Id, h.Status, h.Reason, h.Urgency, h.AgentId, h.RequestedAt,
                Customer = h.DebtorId == null ? null : db.Debtors.Where(d => d.Id == h.DebtorId).Select(d => d.Name).FirstOrDefault(),
            })
            .ToListAsync(Context.ConnectionAborted);
        var agents = presence.Snapshot();
        var names = agents.ToDictionary(a => a.UserId, a => a.Name);
        var waiting = open.Where(h => h.Status == HandoffStatus.Waiting).ToList();
        return new Overview(
            agents.Select(a => new AgentLoad(a.Name, a.Online, a.Away, open.Count(h => h.AgentId == a.UserId))).ToList(),
            open.Select(h => new OpenChat(h.Id, h.Status, h.Reason, h.Urgency,
                h.AgentId is null ? null : names.GetValueOrDefault(h.AgentId), h.RequestedAt, h.Customer)).ToList(),
            waiting.Count == 0 ? null : waiting.Min(h => h.RequestedAt),
            history.Since(clock.GetUtcNow().UtcDateTime.AddHours(-QueueHistory.ShownHours)));
    }

    /// <summary>Supervisors: any open chat, to read along without writing in it.</summary>
    [Authorize(Policy = StaffPolicies.SuperviseTeam)]
    public async Task<ChatView> ReadAlong(int handoffId)
    {
        if (!await db.HandoffRequests.AnyAsync(h => h.Id == handoffId, Context.ConnectionAborted)) throw new HubException("No such chat");
        // One chat at a time per connection: new lines of this one arrive as ChatUpdated.
        if (Context.Items.TryGetValue(ReadingKey, out var previous) && previous is int before && before != handoffId)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Readers(before));
        Context.Items[ReadingKey] = handoffId;
        await Groups.AddToGroupAsync(Context.ConnectionId, Readers(handoffId));
        return await chats.ViewAsync(handoffId, Context.ConnectionAborted);
    }

    /// <summary>Supervisors: stops the live updates of the chat this connection read along with.</summary>
    [Authorize(Policy = StaffPolicies.SuperviseTeam)]
    public async Task StopReading()
    {
        if (Context.Items.Remove(ReadingKey, out var previous) && previous is int before)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Readers(before));
    }

    /// <summary>Colleagues who take chats and are online now (not the caller): the only ones a chat can go to.</summary>
    public async Task<List<Colleague>> GetOnlineColleagues()
    {
        var online = presence.Snapshot().Where(a => a.Online && a.UserId != AgentId).ToList();
        var colleagues = new List<Colleague>(online.Count);
        foreach (var agent in online)
        {
            if (await users.FindByIdAsync(agent.UserId) is not { Email: { } email } user) continue;
            if (!StaffPolicies.Allows(StaffPolicies.ClaimChats, await users.GetRolesAsync(user))) continue;
            colleagues.Add(new Colleague(user.DisplayName, email, agent.Away));
        }
        return [.. colleagues.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Supervisors: hands a chat held by one agent to another (by e-mail address), who gets it opened.</summary>
    [Authorize(Policy = StaffPolicies.SuperviseTeam)]
    public async Task<bool> Reassign(int handoffId, string colleagueEmail)
    {
        var owner = await db.HandoffRequests.Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent)
            .Select(h => h.AgentId).SingleOrDefaultAsync(Context.ConnectionAborted) ?? throw new HubException("This chat is not with an agent");
        return await MoveAsync(handoffId, owner, colleagueEmail);
    }

    /// <summary>Hands a chat to a colleague (by e-mail address), who gets it opened in their console.</summary>
    public Task<bool> Transfer(int handoffId, string colleagueEmail) => MoveAsync(handoffId, AgentId, colleagueEmail);

    private async Task<bool> MoveAsync(int handoffId, string fromAgentId, string colleagueEmail)
    {
        var colleague = await users.FindByEmailAsync(colleagueEmail);
        if (colleague is null || !StaffPolicies.Allows(StaffPolicies.ClaimChats, await users.GetRolesAsync(colleague)))
            throw new HubException("No agent with that e-mail address");
        // The customer is told the colleague takes over: only true when someone is there to do it, who has not marked
        // themselves away, and who is not the one holding the chat already.
        if (colleague.Id == fromAgentId) throw new HubException("The chat is already with that colleague");
        if (!presence.IsOnline(colleague.Id)) throw new HubException("That colleague is not online");
        if (presence.IsAway(colleague.Id)) throw new HubException("That colleague is marked away");
        if (!await queue.TransferAsync(handoffId, fromAgentId, colleague.Id, colleague.DisplayName, Context.ConnectionAborted)) return false;
        foreach (var connection in presence.ConnectionsOf(fromAgentId)) await Groups.RemoveFromGroupAsync(connection, Chat(handoffId));
        foreach (var connection in presence.ConnectionsOf(colleague.Id)) await Groups.AddToGroupAsync(connection, Chat(handoffId));
        if (fromAgentId != AgentId) await Clients.User(fromAgentId).ChatTakenAway(handoffId);
        await Clients.User(colleague.Id).ChatAssigned(handoffId);
        await Clients.Group(Agents).QueueChanged();
        await Clients.Group(Readers(handoffId)).ChatUpdated(handoffId);
        return true;
    }

    public Task<List<QueueRow>> GetQueue() => chats.QueueAsync(Context.ConnectionAborted);

    /// <summary>Every open chat the caller holds (claimed, handed over, reassigned), for the console's list after a reload too.</summary>
    public Task<List<MyChat>> GetMyChats() => chats.MineAsync(AgentId, Context.ConnectionAborted);

    public async Task<bool> Claim(int handoffId)
    {
        var me = await MeAsync();
        if (!await queue.ClaimAsync(handoffId, me.Id, me.DisplayName, Context.ConnectionAborted)) return false;
        // Every open console of this agent (another tab too) hears the customer from now on.
        foreach (var connection in presence.ConnectionsOf(me.Id).Append(Context.ConnectionId).Distinct())
            await Groups.AddToGroupAsync(connection, Chat(handoffId));
        await Clients.Group(Agents).QueueChanged();
        return true;
    }

    /// <summary>Writes to the customer as the agent: Web Chat shows it on the bot's side with the agent's name.</summary>
    public async Task<string> Send(int handoffId, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new HubException("A message needs text");
        var key = await OwnedConversationKeyAsync(handoffId);
        var me = await MeAsync();
        try
        {
            var id = await conversations.SendAsync(key, new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount("agent:" + me.Id, me.DisplayName, ActivityRoles.Bot),
                Text = text.Trim(),
                TextFormat = "plain",
            }, Context.ConnectionAborted);
            await Clients.Group(Readers(handoffId)).ChatUpdated(handoffId);
            return id;
        }
        catch (ConversationUnreachableException e)
        {
            throw new HubException(e.Message);
        }
    }

    /// <summary>Shows the customer that the agent is typing (Web Chat clears it when the agent's message arrives).</summary>
    public async Task Typing(int handoffId)
    {
        var key = await OwnedConversationKeyAsync(handoffId);
        var me = await MeAsync();
        await conversations.SendAsync(key, new Activity
        {
            Type = ActivityTypes.Typing,
            From = new ChannelAccount("agent:" + me.Id, me.DisplayName, ActivityRoles.Bot),
        }, Context.ConnectionAborted);
    }

    /// <summary>
    /// Asks the bot to check who the customer is, inside the live chat: the bot asks its usual questions, the
    /// customer's answers go to the bot only, and the agent hears the outcome (<see cref="IAgentConsoleClient.VerificationEnded"/>).
    /// </summary>
    public async Task AskBotToVerify(int handoffId)
    {
        var key = await OwnedConversationKeyAsync(handoffId);
        await routing.VerificationStartingAsync(handoffId, key, Context.ConnectionAborted);
        try
        {
            await botEvents.RunAsync(key, AgentRouting.VerifyForAgentEvent, Context.ConnectionAborted);
        }
        catch (ConversationUnreachableException e)
        {
            throw new HubException(e.Message);
        }
    }

    /// <summary>The whole story of a chat the agent owns: transcript and customer context.</summary>
    [Authorize(Policy = StaffPolicies.ReadCustomerData)]
    public async Task<ChatView> GetChat(int handoffId)
    {
        await OwnedConversationKeyAsync(handoffId);
        return await chats.ViewAsync(handoffId, Context.ConnectionAborted);
    }

    /// <summary>
    /// Records a payment promise for the chat's verified invoice with the bot's policy checks (an agent may
    /// agree a normal term after broken promises): <c>Recorded</c>, or why not.
    /// </summary>
    public async Task<AgreementOutcome> RecordPromise(int handoffId, string day)
    {
        await OwnedConversationKeyAsync(handoffId);
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", out var promisedOn)) throw new HubException("The day must be YYYY-MM-DD");
        if (await VerifiedInvoiceAsync(handoffId) is not { } id) return AgreementOutcome.NotVerified;
        var result = await agreements.PromiseAsync(id, promisedOn, AgreementAuthor.Agent(AgentId, await LanguageOfAsync(handoffId)), Context.ConnectionAborted);
        if (result.Outcome == AgreementOutcome.Recorded) await ConfirmToCustomerAsync(handoffId, language => confirmations.PromiseAsync(id, promisedOn, language, Context.ConnectionAborted));
        return result.Outcome;
    }

    /// <summary>An internal note for colleagues; the customer never sees it.</summary>
    public async Task AddNote(int handoffId, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new HubException("A note needs text");
        if (text.Length > MaxNoteLength) throw new HubException($"A note may be at most {MaxNoteLength} characters");
        await OwnedConversationKeyAsync(handoffId);
        var me = await MeAsync();
        db.HandoffNotes.Add(new HandoffNote { HandoffId = handoffId, AgentName = me.DisplayName, Text = text.Trim(), WrittenAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(Context.ConnectionAborted);
        await Clients.Group(Readers(handoffId)).ChatUpdated(handoffId);
    }

    /// <summary>Ready-made answers for the reply box (dialogs/console/canned-answers.yaml).</summary>
    public IReadOnlyList<CannedAnswer> GetCannedAnswers(string language) => canned.For(language);

    /// <summary>
    /// Records a payment arrangement of <paramref name="monthlyCents"/> a month for the verified invoice, inside
    /// the creditor's policy: <c>Recorded</c>, or why not.
    /// </summary>
    public async Task<AgreementOutcome> RecordArrangement(int handoffId, long monthlyCents)
    {
        if (monthlyCents <= 0) throw new HubException("The monthly amount must be more than zero");
        await OwnedConversationKeyAsync(handoffId);
        if (await VerifiedInvoiceAsync(handoffId) is not { } id) return AgreementOutcome.NotVerified;
        var result = await agreements.ArrangeAsync(id, monthlyCents, AgreementAuthor.Agent(AgentId, await LanguageOfAsync(handoffId)), Context.ConnectionAborted);
        if (result is { Outcome: AgreementOutcome.Recorded, Plan: { } plan })
            await ConfirmToCustomerAsync(handoffId, language => Task.FromResult(confirmations.Arrangement(plan, language)));
        return result.Outcome;
    }

    public async Task<bool> Close(int handoffId, string outcome)
    {
        if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > MaxOutcomeLength)
            throw new HubException($"An outcome is a short word of at most {MaxOutcomeLength} characters");
        var closed = await queue.CloseAsync(handoffId, AgentId, outcome, Context.ConnectionAborted);
        if (!closed) return false;
        // A chat that is over (not one handed back to the bot) gets its one NPS question.
        if (outcome != HandoffQueue.BackToBot) await nps.StartAsync(handoffId, Context.ConnectionAborted);
        foreach (var connection in presence.ConnectionsOf(AgentId).Append(Context.ConnectionId).Distinct())
            await Groups.RemoveFromGroupAsync(connection, Chat(handoffId));
        await Clients.Group(Agents).QueueChanged();
        await Clients.Group(Readers(handoffId)).ChatUpdated(handoffId);
        return true;
    }

    /// <summary>The customer's language in this chat: their summary e-mail and confirmations are written in it.</summary>
    private Task<string> LanguageOfAsync(int handoffId) =>
        db.HandoffRequests.Where(h => h.Id == handoffId).Select(h => h.Language).SingleAsync(Context.ConnectionAborted);

    /// <summary>
    /// Tells the customer, as the agent, what was just agreed, in the bot's own words; the agreement stands
    /// even when the chat cannot be reached (the agent sees it in the header either way).
    /// </summary>
    private async Task ConfirmToCustomerAsync(int handoffId, Func<string, Task<string>> text)
    {
        var language = await LanguageOfAsync(handoffId);
        var me = await MeAsync();
        try
        {
            await conversations.SendAsync(await OwnedConversationKeyAsync(handoffId), new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount("agent:" + me.Id, me.DisplayName, ActivityRoles.Bot),
                Text = await text(language),
                TextFormat = "markdown",
            }, Context.ConnectionAborted);
            await Clients.Group(Readers(handoffId)).ChatUpdated(handoffId);
        }
        catch (ConversationUnreachableException)
        {
            // The channel logged why; the agreement is recorded all the same.
        }
    }

    /// <summary>The invoice the customer of this chat proved to be theirs, if any.</summary>
    private Task<int?> VerifiedInvoiceAsync(int handoffId) => db.HandoffRequests
        .Where(h => h.Id == handoffId && h.InvoiceNumber != null && h.DebtorId != null)
        .Join(db.Invoices, h => new { Number = h.InvoiceNumber!, DebtorId = h.DebtorId!.Value }, i => new { i.Number, i.DebtorId }, (h, i) => (int?)i.Id)
        .SingleOrDefaultAsync(Context.ConnectionAborted);

    private async Task<StaffUser> MeAsync() => await users.GetUserAsync(Context.User!) ?? throw new HubException("Unknown staff user");

    private string AgentId => Context.User!.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new HubException("Unknown staff user");

    /// <summary>The conversation key of a chat the caller owns, on whatever channel it runs.</summary>
    private async Task<string> OwnedConversationKeyAsync(int handoffId) =>
        await db.HandoffRequests
            .Where(h => h.Id == handoffId && h.Status == HandoffStatus.WithAgent && h.AgentId == AgentId)
            .Select(h => h.ConversationKey).SingleOrDefaultAsync(Context.ConnectionAborted)
        ?? throw new HubException("This chat is not yours");
}

public sealed record CallbackItem(int Id, string Reason, string Language, string? InvoiceNumber, string? Details, DateTime RequestedAt);

/// <param name="WaitingSince">When the longest-waiting chat came in; null when nobody waits.</param>
/// <param name="History">The queue's length sampled over the last hours (<see cref="QueueHistory"/>).</param>
public sealed record Overview(List<AgentLoad> Agents, List<OpenChat> Chats, DateTime? WaitingSince, IReadOnlyList<QueueSample> History);

/// <summary>A colleague a chat can be handed to; <see cref="Away"/> when they marked themselves away.</summary>
public sealed record Colleague(string Name, string Email, bool Away);

public sealed record AgentLoad(string Name, bool Online, bool Away, int OpenChats);

/// <param name="CustomerName">Only when the customer is verified.</param>
public sealed record OpenChat(int Id, HandoffStatus Status, string Reason, HandoffUrgency Urgency, string? AgentName, DateTime RequestedAt, string? CustomerName);
