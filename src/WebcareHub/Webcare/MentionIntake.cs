using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Webcare;

/// <summary>
/// Stores delivered mentions once each (platform + id), classified, with a due time from the risk, and tells
/// the queue. Never answers anything: a public mention waits for people.
/// </summary>
public sealed class MentionIntake(
    WebcareDbContext db, MentionClassifier classifier, IOptions<WebcareOptions> options, TimeProvider clock,
    IHubContext<WebcareQueueHub, IWebcareQueueClient> hub, ILogger<MentionIntake> logger)
{
    public const string System = "system";

    /// <summary>Returns how many were new; repeats of stored ones are skipped.</summary>
    public async Task<int> StoreAsync(IEnumerable<IncomingMention> incoming, CancellationToken ct)
    {
        var stored = 0;
        foreach (var item in incoming)
        {
            if (await db.Mentions.AnyAsync(m => m.Platform == item.Platform && m.ExternalId == item.ExternalId, ct)) continue;
            var mention = await ClassifyAsync(item, ct);
            db.Mentions.Add(mention);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.Entry(mention).State = EntityState.Detached;
                // The same delivery arrived twice at once and the other request stored it; anything else is a real failure.
                if (await db.Mentions.AsNoTracking().AnyAsync(m => m.Platform == item.Platform && m.ExternalId == item.ExternalId, ct)) continue;
                throw;
            }
            db.MentionAudits.Add(new MentionAudit
            {
                MentionId = mention.Id, Action = "received", ActorId = System, ActorName = System, At = mention.ReceivedAt,
                Details = $"risk {mention.Risk.ToString().ToLowerInvariant()}; {string.Join(", ", mention.ReasonList.Select(r => RiskReason.Parse(r).Code))}",
            });
            await db.SaveChangesAsync(ct);
            stored++;
            logger.LogInformation("Stored {Platform} mention {MentionId} as {Risk} risk", mention.Platform, mention.Id, mention.Risk);
            await hub.Clients.All.MentionChanged(MentionSummary.Of(mention, classifier.Phrases, "nl"));
        }
        return stored;
    }

    private async Task<Mention> ClassifyAsync(IncomingMention item, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var found = classifier.Classify(item.Text, item.AuthorFollowers);
        var reasons = found.Reasons.ToList();
        var risk = found.Risk;

        var since = item.CreatedAt.AddHours(-settings.RepeatAuthorHours);
        if (item.Author != "?" && await db.Mentions.AnyAsync(m => m.Platform == item.Platform && m.Author == item.Author && m.CreatedAt >= since, ct))
            reasons.Add(new RiskReason("repeatAuthor", item.Author));
        if (found.Sentiment == MentionSentiment.Negative && await BurstCreditorAsync(item, ct) is { } creditor)
            reasons.Add(new RiskReason("burst", creditor));
        if (risk == MentionRisk.Low && reasons.Count > found.Reasons.Count) risk = MentionRisk.Medium;

        var due = found.Crisis ? now : now.AddMinutes(risk switch
        {
            MentionRisk.High => settings.HighRiskDueMinutes,
            MentionRisk.Medium => settings.MediumRiskDueMinutes,
            _ => settings.LowRiskDueMinutes,
        });
        return new Mention
        {
            Platform = item.Platform, ExternalId = item.ExternalId, ParentExternalId = item.ParentExternalId, Author = item.Author,
            AuthorFollowers = item.AuthorFollowers, Text = item.Text, CreatedAt = item.CreatedAt, ReceivedAt = now,
            Risk = risk, RiskReasons = string.Join('\n', reasons), PiiKinds = string.Join(',', found.PiiKinds),
            Sentiment = found.Sentiment, Crisis = found.Crisis, Status = MentionStatus.Open, DueAt = due,
        };
    }

    /// <summary>The creditor this negative mention names when enough other negative ones named it within the window.</summary>
    private async Task<string?> BurstCreditorAsync(IncomingMention item, CancellationToken ct)
    {
        var settings = options.Value;
        var names = settings.Creditors.Concat(await db.Creditors.Select(c => c.Name).ToListAsync(ct)).Distinct();
        var since = item.CreatedAt.AddHours(-settings.BurstWindowHours);
        foreach (var name in names.Where(n => item.Text.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            var lower = name.ToLowerInvariant();
            var earlier = await db.Mentions.CountAsync(m => m.CreatedAt >= since && m.Sentiment == MentionSentiment.Negative
                && m.Text.ToLower().Contains(lower), ct);
            if (earlier + 1 >= settings.BurstComplaints) return name;
        }
        return null;
    }
}
