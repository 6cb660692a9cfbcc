using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// Single-use tokens inside a <c>streamUrl</c>. They live 60 s, so memory is the right store: after a restart
/// a client simply reconnects and gets a new one.
/// </summary>
public sealed class StreamTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, StreamGrant> _grants = new();

    public string Create(string conversationId, long watermark, DateTime? credentialExpiresAt)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, old) in _grants)
        {
            if (old.ExpiresAt <= now) _grants.TryRemove(key, out _);
        }
        var t = RandomIds.Token();
        _grants[t] = new StreamGrant(conversationId, watermark, now + options.Value.StreamTokenLifetime, credentialExpiresAt);
        return t;
    }

    /// <summary>Takes the grant out (single use); null when unknown, used, expired or for another conversation.</summary>
    public StreamGrant? Redeem(string? t, string conversationId)
    {
        if (string.IsNullOrEmpty(t) || !_grants.TryRemove(t, out var grant)) return null;
        return grant.ConversationId == conversationId && grant.ExpiresAt > clock.GetUtcNow().UtcDateTime ? grant : null;
    }
}

public sealed record StreamGrant(string ConversationId, long Watermark, DateTime ExpiresAt, DateTime? CredentialExpiresAt);
