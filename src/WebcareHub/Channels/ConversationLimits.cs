using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WebcareHub.Channels.DirectLine;

namespace WebcareHub.Channels;

/// <summary>
/// Limits per conversation that a handler checks itself, because the conversation is only known once the caller
/// is authenticated: activities on <c>/api/messages</c> (as many as Direct Line allows) and token refreshes.
/// </summary>
public sealed class ConversationLimits(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _activities = PerKey(options.Value.ActivitiesPerMinute, TimeSpan.FromMinutes(1));
    private readonly PartitionedRateLimiter<string> _refreshes = PerKey(options.Value.TokenRefreshesPerHour, TimeSpan.FromHours(1));

    /// <summary>Null when the conversation may post another activity; otherwise how long to wait.</summary>
    public TimeSpan? ActivityRefused(string conversationKey) => Refused(_activities, conversationKey);

    /// <summary>Null when the conversation's token may be refreshed again; otherwise how long to wait.</summary>
    public TimeSpan? RefreshRefused(string conversationId) => Refused(_refreshes, conversationId);

    private static TimeSpan? Refused(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
    }

    private static PartitionedRateLimiter<string> PerKey(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window }));

    public void Dispose()
    {
        _activities.Dispose();
        _refreshes.Dispose();
    }
}
