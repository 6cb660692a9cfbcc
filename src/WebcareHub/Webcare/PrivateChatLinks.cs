using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Data;

namespace WebcareHub.Webcare;

/// <summary>
/// One-time links from a public mention to a private website chat. Only the token's SHA-256 is stored; the
/// first website conversation that opens the link before it expires is linked to the mention, and the link
/// is spent. The mention then shows that a private follow-up exists, never what is said in it.
/// </summary>
public sealed class PrivateChatLinks(
    WebcareDbContext db, IOptions<WebcareOptions> options, TimeProvider clock, IHubContext<WebcareQueueHub, IWebcareQueueClient> hub,
    MentionClassifier classifier)
{
    public const string QueryParameter = "webcare";

    /// <summary>A new link token for the mention (replacing an unused earlier one); null when there is no such mention.</summary>
    public async Task<string?> CreateAsync(int mentionId, string userId, string userName, CancellationToken ct)
    {
        var mention = await db.Mentions.SingleOrDefaultAsync(m => m.Id == mentionId, ct);
        if (mention is null) return null;
        var token = RandomIds.Token();
        var now = clock.GetUtcNow().UtcDateTime;
        mention.ChatLinkHash = RandomIds.Hash(token);
        mention.ChatLinkExpiresAt = now.AddMinutes(options.Value.ChatLinkValidMinutes);
        db.MentionAudits.Add(new MentionAudit { MentionId = mentionId, Action = "chat-link", ActorId = userId, ActorName = userName, At = now });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Links the conversation to the mention the token belongs to; false for an unknown, spent or expired token.</summary>
    public async Task<bool> RedeemAsync(string token, string conversationKey, CancellationToken ct)
    {
        var hash = RandomIds.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var mention = await db.Mentions.SingleOrDefaultAsync(m => m.ChatLinkHash == hash, ct);
        if (mention is null || mention.ChatLinkExpiresAt <= now) return false;
        // Spent with a conditional update, so two tabs opening the link at once cannot both take it.
        var taken = await db.Mentions.Where(m => m.Id == mention.Id && m.ChatLinkHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ChatLinkHash, (string?)null).SetProperty(m => m.ChatLinkExpiresAt, (DateTime?)null)
                .SetProperty(m => m.ChatConversationKey, conversationKey).SetProperty(m => m.ChatStartedAt, now), ct);
        if (taken == 0) return false;
        db.MentionAudits.Add(new MentionAudit
        {
            MentionId = mention.Id, Action = "chat-started", ActorId = MentionIntake.System, ActorName = MentionIntake.System, At = now,
        });
        await db.SaveChangesAsync(ct);
        var updated = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == mention.Id, ct);
        await hub.Clients.All.MentionChanged(MentionSummary.Of(updated, classifier.Phrases, "nl"));
        return true;
    }
}
