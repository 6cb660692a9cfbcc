using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Webcare;

/// <summary>
/// Pushes high-risk mentions that are past their due time without a published reply to the Supervisors
/// (their queue page shows it), once per mention, and records it in the audit trail. Meant as the body of a
/// recurring job; tests call <see cref="RunAsync"/> with a test clock.
/// </summary>
public sealed class WebcareEscalation(
    WebcareDbContext db, TimeProvider clock, IHubContext<WebcareQueueHub, IWebcareQueueClient> hub, MentionClassifier classifier,
    ILogger<WebcareEscalation> logger)
{
    /// <summary>Returns how many mentions were escalated in this run.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Mentions
            .Where(m => m.Risk == MentionRisk.High && m.EscalatedAt == null && m.DueAt < now
                && m.Status != MentionStatus.Published && m.Status != MentionStatus.Closed)
            .ToListAsync(ct);
        foreach (var mention in overdue)
        {
            mention.EscalatedAt = now;
            db.MentionAudits.Add(new MentionAudit
            {
                MentionId = mention.Id, Action = "escalated", ActorId = MentionIntake.System, ActorName = MentionIntake.System, At = now,
                Details = $"high risk, due {mention.DueAt:yyyy-MM-dd HH:mm} UTC, no reply published",
            });
        }
        await db.SaveChangesAsync(ct);
        foreach (var mention in overdue)
        {
            logger.LogWarning("Escalated overdue high-risk mention {MentionId} to Supervisors", mention.Id);
            await hub.Clients.Group(WebcareQueueHub.SupervisorsGroup).MentionEscalated(MentionSummary.Of(mention, classifier.Phrases, "nl"));
        }
        return overdue.Count;
    }
}
