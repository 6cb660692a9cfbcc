using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Handoff;

/// <summary>
/// The queue's length once a minute over the last hours, for the supervisor's chart. Kept in memory by this
/// process only: after a restart the chart starts empty.
/// </summary>
public sealed class QueueHistory(IServiceScopeFactory scopes, TimeProvider clock, ILogger<QueueHistory> logger) : IHostedService, IDisposable
{
    public const int ShownHours = 4;
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Queue<QueueSample> _samples = new();
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = clock.CreateTimer(_ => _ = SampleAsync(), null, TimeSpan.Zero, Interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    public IReadOnlyList<QueueSample> Since(DateTime from)
    {
        lock (_gate) return [.. _samples.Where(s => s.At >= from)];
    }

    /// <summary>Counts the waiting chats now and keeps the count (tests call it after moving the clock).</summary>
    public async Task SampleAsync()
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WebcareDbContext>();
            var waiting = await db.HandoffRequests.CountAsync(h => h.Status == HandoffStatus.Waiting);
            var now = clock.GetUtcNow().UtcDateTime;
            lock (_gate)
            {
                _samples.Enqueue(new QueueSample(now, waiting));
                while (_samples.Peek().At < now.AddHours(-ShownHours)) _samples.Dequeue();
            }
        }
        catch (Exception e)
        {
            // A timer has no caller to surface to; the chart misses one point.
            logger.LogWarning(e, "Could not count the queue for the supervisor's chart");
        }
    }
}

public sealed record QueueSample(DateTime At, int Waiting);
