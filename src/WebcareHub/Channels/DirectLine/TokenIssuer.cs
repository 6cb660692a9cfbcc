using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Issues conversation tokens (stored hashed) and reserves conversations for them.</summary>
public sealed class TokenIssuer(WebcareDbContext db, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <param name="source">Where the request came from (<see cref="DirectLineRateLimits.Source"/>).</param>
    public async Task<Conversation> ReserveConversationAsync(string userId, string? userName, string locale, string source, CancellationToken ct)
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
            Source = source,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return conversation;
    }

    /// <summary>
    /// Retires <paramref name="old"/> and issues its successor in one transaction; null when the old token was
    /// already retired (two refreshes with one token: only the first gets a new one).
    /// </summary>
    public async Task<IssuedToken?> ReplaceAsync(DirectLineToken old, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.DirectLineTokens.Where(t => t.Hash == old.Hash).ExecuteDeleteAsync(ct) != 1) return null;
        var token = await IssueAsync(old.ConversationId, old.UserId, ct);
        await transaction.CommitAsync(ct);
        return token;
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
