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
        var mention = await db.Mentions.SingleOrDefaultAsync(m => m.Id == mentionId, ct);
        if (mention is null) return new ReplyResult(ReplyOutcome.NotFound);
        if (mention.Status is MentionStatus.Approved or MentionStatus.Published) return new ReplyResult(ReplyOutcome.WrongState);
        var problems = ReplyGuard.Problems(text, templates);
        if (problems.Count > 0) return new ReplyResult(ReplyOutcome.Blocked, Problems: problems);

        var now = clock.GetUtcNow().UtcDateTime;
        // One draft waits at a time: a newer one replaces it (the audit keeps both).
        var pending = await db.MentionReplies.Where(r => r.MentionId == mentionId && r.ApprovedById == null).ToListAsync(ct);
        db.MentionReplies.RemoveRange(pending);
        var reply = new MentionReply
        {
            MentionId = mentionId, Text = text.Trim(), DraftedById = userId, DraftedByName = userName, DraftedAt = now,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        };
        db.MentionReplies.Add(reply);
        mention.Status = MentionStatus.AwaitingApproval;
        Audit(mention.Id, "drafted", userId, userName, now, reply.Text);
        await db.SaveChangesAsync(ct);
        await hub.Clients.All.MentionChanged(MentionSummary.Of(mention, classifier.Phrases, "nl"));
        return new ReplyResult(ReplyOutcome.Done, reply);
    }

    public async Task<ReplyResult> ApproveAsync(int mentionId, int replyId, string userId, string userName, CancellationToken ct)
    {
        var mention = await db.Mentions.SingleOrDefaultAsync(m => m.Id == mentionId, ct);
        var reply = await db.MentionReplies.SingleOrDefaultAsync(r => r.Id == replyId && r.MentionId == mentionId, ct);
        if (mention is null || reply is null) return new ReplyResult(ReplyOutcome.NotFound);
        if (reply.ApprovedById is not null || mention.Status != MentionStatus.AwaitingApproval) return new ReplyResult(ReplyOutcome.WrongState);
        if (reply.DraftedById == userId) return new ReplyResult(ReplyOutcome.SamePerson);
        var problems = ReplyGuard.Problems(reply.Text, templates);
        if (problems.Count > 0) return new ReplyResult(ReplyOutcome.Blocked, Problems: problems);

        var now = clock.GetUtcNow().UtcDateTime;
        reply.ApprovedById = userId;
        reply.ApprovedByName = userName;
        reply.ApprovedAt = now;
        reply.NextAttemptAt = now;
        mention.Status = MentionStatus.Approved;
        Audit(mention.Id, "approved", userId, userName, now, $"reply {reply.Id} drafted by {reply.DraftedByName}");
        await db.SaveChangesAsync(ct);
        await hub.Clients.All.MentionChanged(MentionSummary.Of(mention, classifier.Phrases, "nl"));
        return new ReplyResult(ReplyOutcome.Done, reply);
    }

    public Task<MentionReply?> FindAsync(int replyId, CancellationToken ct) =>
        db.MentionReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == replyId, ct);

    private void Audit(int mentionId, string action, string userId, string userName, DateTime at, string? details) =>
        db.MentionAudits.Add(new MentionAudit { MentionId = mentionId, Action = action, ActorId = userId, ActorName = userName, At = at, Details = details });
}
