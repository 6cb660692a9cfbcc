using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Who is calling: a secret holder (all conversations) or a token holder (one conversation, one user).</summary>
public sealed record DirectLineCaller(DirectLineToken? Token)
{
    public bool IsSecret => Token is null;
}

/// <summary>Reads the <c>Authorization: Bearer</c> credential of a Direct Line call and checks conversation access.</summary>
public sealed class DirectLineAuth(WebcareDbContext db, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    public async Task<(DirectLineCaller? Caller, DirectLineError? Error)> AuthenticateAsync(HttpRequest request, CancellationToken ct)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header[7..].Trim().Length == 0)
            return (null, DirectLineError.Unauthorized("A Bearer secret or token is required"));
        var credential = header[7..].Trim();

        if (options.Value.Secrets.Any(s => s.Length > 0 && FixedTimeEquals(s, credential)))
            return (new DirectLineCaller(null), null);

        var hash = RandomIds.Hash(credential);
        var token = await db.DirectLineTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, ct);
        if (token is null) return (null, DirectLineError.Forbidden("Unknown or revoked credential"));
        if (token.ExpiresAt <= clock.GetUtcNow().UtcDateTime) return (null, DirectLineError.TokenExpired());
        return (new DirectLineCaller(token), null);
    }

    /// <summary>
    /// A token may only touch its own conversation (403 otherwise, even when it does not exist); a secret gets
    /// 404 for a conversation that does not exist.
    /// </summary>
    public async Task<(Conversation? Conversation, DirectLineError? Error)> OpenAsync(
        DirectLineCaller caller, string conversationId, CancellationToken ct)
    {
        if (caller.Token is { } token && token.ConversationId != conversationId)
            return (null, DirectLineError.Forbidden("The token is not valid for this conversation"));
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is not null) return (conversation, null);
        return caller.IsSecret
            ? (null, DirectLineError.NotFound("Conversation not found"))
            : (null, DirectLineError.Forbidden("The token is not valid for this conversation"));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
