using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Webcare;

public enum ReplyOutcome
{
    Done,
    NotFound,
    /// <summary>The guard found personal data, an amount or a debt hint.</summary>
    Blocked,
    /// <summary>The approver wrote the draft: a second person must approve.</summary>
    SamePerson,
    /// <summary>The mention or reply is not in a state for this (already published, nothing to approve).</summary>
    WrongState,
    /// <summary>The draft to approve was replaced by a newer one, which waits for its own review.</summary>
    Replaced,
}

public sealed record ReplyResult(ReplyOutcome Outcome, MentionReply? Reply = null, IReadOnlyList<string>? Problems = null);

/// <summary>
/// Drafting and approving public replies. A draft passes the guard; approval needs a different person than
/// the drafter (the roles are checked by the endpoints' policy). Approval hands the reply to the outbox,
/// which publishes only approved replies, so nothing reaches a platform on one person's say.
/// </summary>
public sealed class MentionReplies(
    WebcareDbContext db, ReplyTemplates templates, MentionClassifier classifier, TimeProvider clock,
    IHubContext<WebcareQueueHub, IWebcareQueueClient> hub)
{
    public async Task<ReplyResult> DraftAsync(int mentionId, string text, string userId, string userName, CancellationToken ct)
    {
        var mention = await db.Mentions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mentionId, ct);
        if (mention is null) return new ReplyResult(ReplyOutcome.NotFound);
        if (mention.Status is MentionStatus.Approved or MentionStatus.Published) return new ReplyResult(ReplyOutcome.WrongState);
        var problems = ReplyGuard.Problems(text, templates);
        if (problems.Count > 0) return new ReplyResult(ReplyOutcome.Blocked, Problems: problems);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The mention's row is taken first and only while no reply is approved: an approval at the same moment either
        // came first (then this draft is refused) or waits for this one (then it finds its draft replaced).
        if (await db.Mentions.Where(m => m.Id == mentionId && m.Status != MentionStatus.Approved && m.Status != MentionStatus.Published)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MentionStatus.AwaitingApproval), ct) == 0)
            return new ReplyResult(ReplyOutcome.WrongState);
        // One draft waits at a time: a newer one replaces it (the audit keeps both).
        await db.MentionReplies.Where(r => r.MentionId == mentionId && r.ApprovedById == null).ExecuteDeleteAsync(ct);
        var reply = new MentionReply
        {
            MentionId = mentionId, Text = text.Trim(), DraftedById = userId, DraftedByName = userName, DraftedAt = now,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
        db.MentionReplies.Add(reply);
        Audit(mentionId, "drafted", userId, userName, now, reply.Text);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await NotifyAsync(mentionId, ct);
        return new ReplyResult(ReplyOutcome.Done, reply);
    }

    public async Task<ReplyResult> ApproveAsync(int mentionId, int replyId, string userId, string userName, CancellationToken ct)
    {
        var mention = await db.Mentions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mentionId, ct);
        var reply = await db.MentionReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == replyId && r.MentionId == mentionId, ct);
        if (mention is null) return new ReplyResult(ReplyOutcome.NotFound);
        if (reply is null) return new ReplyResult(await WasReplacedAsync(mentionId, replyId, ct) ? ReplyOutcome.Replaced : ReplyOutcome.NotFound);
        if (reply.ApprovedById is not null || mention.Status != MentionStatus.AwaitingApproval) return new ReplyResult(ReplyOutcome.WrongState);
        if (reply.DraftedById == userId) return new ReplyResult(ReplyOutcome.SamePerson);
        var problems = ReplyGuard.Problems(reply.Text, templates);
        if (problems.Count > 0) return new ReplyResult(ReplyOutcome.Blocked, Problems: problems);

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Both changes are conditional, in one transaction: of two approvals at once only one moves the mention on, and
        // a draft that replaced this reply in the meantime leaves nothing to approve. What was read above is not trusted.
        var moved = await db.Mentions.Where(m => m.Id == mentionId && m.Status == MentionStatus.AwaitingApproval)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, MentionStatus.Approved), ct);
        var approved = moved == 0 ? 0 : await db.MentionReplies
            .Where(r => r.Id == replyId && r.MentionId == mentionId && r.ApprovedById == null && r.DraftedById != userId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ApprovedById, userId)
                .SetProperty(r => r.ApprovedByName, userName)
                .SetProperty(r => r.ApprovedAt, now)
                .SetProperty(r => r.NextAttemptAt, now), ct);
        if (approved == 0)
        {
            await transaction.RollbackAsync(ct);
            return new ReplyResult(await WasReplacedAsync(mentionId, replyId, ct) ? ReplyOutcome.Replaced : ReplyOutcome.WrongState);
        }
        Audit(mentionId, "approved", userId, userName, now, $"reply {replyId} drafted by {reply.DraftedByName}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await NotifyAsync(mentionId, ct);
        return new ReplyResult(ReplyOutcome.Done, await db.MentionReplies.AsNoTracking().SingleAsync(r => r.Id == replyId, ct));
    }

    /// <summary>
    /// A waiting draft replaces the one before it, which is deleted; ids are never reused, so a newer waiting draft of the
    /// same mention and no row for the id means the approver was looking at an older text.
    /// </summary>
    private async Task<bool> WasReplacedAsync(int mentionId, int replyId, CancellationToken ct) =>
        !await db.MentionReplies.AnyAsync(r => r.Id == replyId, ct)
        && await db.MentionReplies.AnyAsync(r => r.MentionId == mentionId && r.ApprovedById == null && r.Id > replyId, ct);

    private async Task NotifyAsync(int mentionId, CancellationToken ct)
    {
        var mention = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == mentionId, ct);
        await hub.Clients.All.MentionChanged(MentionSummary.Of(mention, classifier.Phrases, "nl"));
    }

    public Task<MentionReply?> FindAsync(int replyId, CancellationToken ct) =>
        db.MentionReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == replyId, ct);

    private void Audit(int mentionId, string action, string userId, string userName, DateTime at, string? details) =>
        db.MentionAudits.Add(new MentionAudit { MentionId = mentionId, Action = action, ActorId = userId, ActorName = userName, At = at, Details = details });
}
