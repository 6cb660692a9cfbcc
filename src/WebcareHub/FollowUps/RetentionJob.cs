using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Agreements;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Webcare;

namespace WebcareHub.FollowUps;

/// <summary>
/// Retention: conversations older than <see cref="FollowUpOptions.RetentionDays"/> lose the personal data in their
/// free text — the Direct Line and Bot Connector transcripts (texts scrubbed, display names dropped), hand-off
/// details and notes, call-back task context, opening line and outcome, the reasons of resolved disputes, handled
/// webcare mentions (author, text, audit details), the address of sent or failed agreement e-mails, and the why, address
/// and link of NPS surveys (their scores stay for the report). What cannot
/// be scrubbed goes: uploaded files, the bot's saved dialog state and failed verification attempts. Counts,
/// reasons, outcomes, statuses and dates stay. Each row is marked (or gone) when done, so a second run changes
/// nothing. Called by the sweep; a batch per run keeps every sweep short, the next one takes the rest.
/// </summary>
public sealed class RetentionJob(WebcareDbContext db, IOptions<FollowUpOptions> options, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <summary>Anonymises what is due and returns how many rows (conversations, hand-offs, tasks, e-mails) it changed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-options.Value.RetentionDays);
        var changed = await ConversationsAsync(now, cutoff, ct);
        changed += await HandoffsAsync(now, cutoff, ct);
        changed += await TasksAsync(now, cutoff, ct);
        changed += await SummariesAsync(cutoff, ct);
        changed += await BotConnectorAsync(now, cutoff, ct);
        changed += await DisputesAsync(now, cutoff, ct);
        changed += await MentionsAsync(now, cutoff, ct);
        changed += await SurveysAsync(now, cutoff, ct);
        changed += await ForgetAsync(cutoff, ct);
        return changed;
    }

    private async Task<int> ConversationsAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var conversations = await db.Conversations
            .Where(c => c.AnonymisedAt == null && c.CreatedAt < cutoff && c.LastTimestamp < cutoff)
            .OrderBy(c => c.CreatedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var conversation in conversations)
        {
            var known = await KnownInConversationAsync(ConversationKey.DirectLine(conversation.Id), ct);
            if (conversation.UserName is { Length: > 0 } userName) known = [.. known, (userName, "[name]")];
            foreach (var activity in await db.Activities.Where(a => a.ConversationId == conversation.Id).ToListAsync(ct))
                activity.Json = Anonymiser.ScrubActivity(activity.Json, known);
            conversation.UserName = null;
            conversation.AnonymisedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return conversations.Count;
    }

    private async Task<int> HandoffsAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var handoffs = await db.HandoffRequests.Where(h => h.AnonymisedAt == null && h.RequestedAt < cutoff)
            .OrderBy(h => h.RequestedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var handoff in handoffs)
        {
            var known = await KnownAsync(handoff.DebtorId is { } id ? [id] : [], ct);
            handoff.Details = Anonymiser.ScrubOrNull(handoff.Details, known);
            foreach (var note in await db.HandoffNotes.Where(n => n.HandoffId == handoff.Id).ToListAsync(ct))
                note.Text = Anonymiser.Scrub(note.Text, known);
            handoff.AnonymisedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return handoffs.Count;
    }

    private async Task<int> TasksAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var tasks = await db.CallbackTasks.Where(t => t.AnonymisedAt == null && t.CreatedAt < cutoff)
            .OrderBy(t => t.CreatedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var task in tasks)
        {
            var known = await KnownAsync(task.DebtorId is { } id ? [id] : [], ct);
            task.Context = Anonymiser.Scrub(task.Context, known);
            task.OpeningLine = Anonymiser.ScrubOrNull(task.OpeningLine, known);
            task.Outcome = Anonymiser.ScrubOrNull(task.Outcome, known);
            task.AnonymisedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return tasks.Count;
    }

    /// <summary>Sent or failed agreement e-mails forget their address and error text; queued ones still have to go out.</summary>
    private async Task<int> SummariesAsync(DateTime cutoff, CancellationToken ct)
    {
        var summaries = await db.AgreementSummaries.Where(s => s.State != SummaryState.Queued && s.QueuedAt < cutoff && s.Email != "")
            .OrderBy(s => s.QueuedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var summary in summaries)
        {
            db.Entry(summary).Property(s => s.Email).CurrentValue = "";
            summary.LastError = Anonymiser.ScrubOrNull(summary.LastError, []);
        }
        await db.SaveChangesAsync(ct);
        return summaries.Count;
    }

    private async Task<int> BotConnectorAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var conversations = await db.BotConnectorConversations.Where(c => c.AnonymisedAt == null && c.LastSeenAt < cutoff)
            .OrderBy(c => c.LastSeenAt).Take(BatchSize).ToListAsync(ct);
        foreach (var conversation in conversations)
        {
            var known = await KnownInConversationAsync(conversation.Key, ct);
            if (conversation.UserName is { Length: > 0 } userName) known = [.. known, (userName, "[name]")];
            foreach (var message in await db.BotConnectorMessages.Where(m => m.ConversationKey == conversation.Key).ToListAsync(ct))
            {
                message.Text = Anonymiser.Scrub(message.Text, known);
                message.Name = null;
            }
            conversation.UserName = null;
            conversation.AnonymisedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return conversations.Count;
    }

    /// <summary>A resolved dispute keeps its invoice, status and dates; the customer's words lose their personal data.</summary>
    private async Task<int> DisputesAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var disputes = await db.Disputes.Where(d => d.AnonymisedAt == null && d.Status != DisputeStatus.Open && d.RaisedAt < cutoff)
            .OrderBy(d => d.RaisedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var dispute in disputes)
        {
            dispute.Reason = Anonymiser.ScrubOrNull(dispute.Reason, await KnownAsync([dispute.DebtorId], ct));
            dispute.AnonymisedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return disputes.Count;
    }

    /// <summary>A handled public mention keeps its platform, risk, reasons, sentiment and dates; author and personal data go.</summary>
    private async Task<int> MentionsAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var mentions = await db.Mentions
            .Where(m => m.AnonymisedAt == null && (m.Status == MentionStatus.Published || m.Status == MentionStatus.Closed) && m.ReceivedAt < cutoff)
            .OrderBy(m => m.ReceivedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var mention in mentions)
        {
            (string, string)[] known = [(mention.Author, "[author]"), (mention.Author.TrimStart('@'), "[author]")];
            mention.Text = Anonymiser.Scrub(mention.Text, known);
            foreach (var reply in await db.MentionReplies.Where(r => r.MentionId == mention.Id).ToListAsync(ct))
                reply.Text = Anonymiser.Scrub(reply.Text, known);
            foreach (var audit in await db.MentionAudits.Where(a => a.MentionId == mention.Id && a.Details != null).ToListAsync(ct))
                audit.Details = Anonymiser.ScrubOrNull(audit.Details, known);
            mention.Author = "[author]";
            mention.AnonymisedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return mentions.Count;
    }

    /// <summary>An NPS survey keeps its score, channel, agent and dates (the report); the why is scrubbed, address and link go.</summary>
    private async Task<int> SurveysAsync(DateTime now, DateTime cutoff, CancellationToken ct)
    {
        var surveys = await db.NpsSurveys.Where(s => s.AnonymisedAt == null && s.ClosedAt < cutoff && s.State != NpsState.EmailQueued)
            .OrderBy(s => s.ClosedAt).Take(BatchSize).ToListAsync(ct);
        foreach (var survey in surveys)
        {
            survey.Why = Anonymiser.ScrubOrNull(survey.Why, await KnownAsync(survey.DebtorId is { } id ? [id] : [], ct));
            survey.Email = null;
            survey.TokenHash = null;
            survey.PreviousTokenHash = null;
            survey.LastError = Anonymiser.ScrubOrNull(survey.LastError, []);
            survey.AnonymisedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return surveys.Count;
    }

    /// <summary>
    /// What holds personal data but no aggregate: the bot's saved dialog values, failed verification attempts and uploaded
    /// files (a photo of a letter or a bank statement cannot be scrubbed: it goes, its message stays).
    /// </summary>
    private async Task<int> ForgetAsync(DateTime cutoff, CancellationToken ct) =>
        await db.ConversationStates.Where(s => s.UpdatedAt < cutoff).ExecuteDeleteAsync(ct)
        + await db.VerificationAttempts.Where(a => a.FailedAt < cutoff).ExecuteDeleteAsync(ct)
        + await db.UploadedFiles.Where(f => f.CreatedAt < cutoff).ExecuteDeleteAsync(ct);

    private async Task<IReadOnlyList<(string Value, string Marker)>> KnownInConversationAsync(string key, CancellationToken ct) =>
        await KnownAsync(await db.HandoffRequests.Where(h => h.ConversationKey == key && h.DebtorId != null).Select(h => h.DebtorId!.Value)
            .Union(db.CallbackTasks.Where(t => t.ConversationKey == key && t.DebtorId != null).Select(t => t.DebtorId!.Value))
            .ToListAsync(ct), ct);

    private async Task<IReadOnlyList<(string Value, string Marker)>> KnownAsync(IReadOnlyCollection<int> debtorIds, CancellationToken ct) =>
        debtorIds.Count == 0 ? [] : Anonymiser.Known(await db.Debtors.AsNoTracking().Where(d => debtorIds.Contains(d.Id)).ToListAsync(ct));
}
