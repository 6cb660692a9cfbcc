using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Issues conversation tokens (stored hashed) and reserves conversations for them.</summary>
public sealed class TokenIssuer(WebcareDbContext db, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    public async Task<Conversation> ReserveConversationAsync(string userId, string? userName, string locale, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new Conversation
        {
            Id = RandomIds.ConversationId(),
            UserId = userId,
            UserName = userName,
            Locale = locale,
            CreatedAt = now,
            LastTimestamp = now,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return conversation;
    }

    public async Task<IssuedToken> IssueAsync(string conversationId, string userId, CancellationToken ct)
    {
        var token = RandomIds.Token();
        var now = clock.GetUtcNow().UtcDateTime;
        db.DirectLineTokens.Add(new DirectLineToken
        {
            Hash = RandomIds.Hash(token),
            ConversationId = conversationId,
            UserId = userId,
            IssuedAt = now,
            ExpiresAt = now + options.Value.TokenLifetime,
        });
        await db.SaveChangesAsync(ct);
        return new IssuedToken(token, options.Value.TokenLifetimeSeconds);
    }
}

public sealed record IssuedToken(string Token, int ExpiresIn);
