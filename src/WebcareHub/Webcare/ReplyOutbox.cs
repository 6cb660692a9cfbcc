using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Webcare;

/// <summary>
/// Publishes approved replies that are due. Only a reply approved by someone other than its drafter is ever
/// picked up: the query itself holds the four-eyes rule, so no caller can publish around it. Each reply is
/// claimed with a conditional update before it is sent, so two runs at once never both post it; a failure
/// is retried later (doubling the wait), a success is recorded once with the platform's id. A recurring job
/// calls <see cref="PublishDueAsync"/>; approval calls it at once.
/// </summary>
public sealed class ReplyOutbox(
    WebcareDbContext db, PlatformConnectors connectors, IOptions<WebcareOptions> options, TimeProvider clock,
    IHubContext<WebcareQueueHub, IWebcareQueueClient> hub, MentionClassifier classifier, ILogger<ReplyOutbox> logger)
{
    /// <summary>How long a claimed reply is left alone by other runs while it is being sent.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Returns how many replies were published in this run.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.MentionReplies.AsNoTracking()
            .Where(r => r.ApprovedById != null && r.ApprovedById != r.DraftedById && r.PublishedAt == null
                && r.NextAttemptAt != null && r.NextAttemptAt <= now)
            .Select(r => new { r.Id, r.NextAttemptAt })
            .ToListAsync(ct);
        var published = 0;
        foreach (var item in due)
        {
            var claimed = await db.MentionReplies
                .Where(r => r.Id == item.Id && r.PublishedAt == null && r.NextAttemptAt == item.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NextAttemptAt, now + Lease).SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
            if (claimed == 0) continue;
            if (await PublishOneAsync(item.Id, now, ct)) published++;
        }
        return published;
    }

    private async Task<bool> PublishOneAsync(int replyId, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var reply = await db.MentionReplies.SingleAsync(r => r.Id == replyId, ct);
        var mention = await db.Mentions.SingleAsync(m => m.Id == reply.MentionId, ct);
        try
        {
            reply.ExternalReplyId = await connectors.PublishAsync(mention, reply, ct);
        }
        catch (Exception e) when (e is PublishFailedException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(options.Value.RetrySeconds * Math.Pow(2, Math.Min(reply.Attempts - 1, 10)));
            reply.NextAttemptAt = PlatformConnectors.CanPublish(mention.Platform) ? now + wait : null;
            reply.LastError = e.Message[..Math.Min(e.Message.Length, 1000)];
            Audit(mention.Id, "publish-failed", now, $"attempt {reply.Attempts}: {reply.LastError}");
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Publishing reply {ReplyId} on {Platform} failed (attempt {Attempt}): {Error}", reply.Id, mention.Platform, reply.Attempts, reply.LastError);
            return false;
        }
        reply.PublishedAt = now;
        reply.NextAttemptAt = null;
        reply.LastError = null;
        mention.Status = MentionStatus.Published;
        Audit(mention.Id, "published", now, $"reply {reply.Id} on {mention.Platform} as {reply.ExternalReplyId ?? "(id not returned)"}, key {reply.IdempotencyKey}");
        await db.SaveChangesAsync(ct);
        await hub.Clients.All.MentionChanged(MentionSummary.Of(mention, classifier.Phrases, "nl"));
        return true;
    }

    private void Audit(int mentionId, string action, DateTime at, string details) => db.MentionAudits.Add(new MentionAudit
    {
        MentionId = mentionId, Action = action, ActorId = MentionIntake.System, ActorName = MentionIntake.System, At = at, Details = details,
    });
}
