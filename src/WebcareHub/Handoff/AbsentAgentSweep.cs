using Microsoft.Extensions.Options;

namespace WebcareHub.Handoff;

/// <summary>
/// Every few seconds, gives the chats of agents gone longer than <see cref="HandoffOptions.AgentGraceSeconds"/>
/// back to the queue. A sweep rather than a timer per disconnect, so that it also covers agents who never
/// connect to this process: after a restart, or after a transfer to a colleague who never opens the console.
/// </summary>
public sealed class AbsentAgentSweep(IServiceScopeFactory scopes, AgentPresence presence, TimeProvider clock,
    IOptions<HandoffOptions> options, ILogger<AbsentAgentSweep> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private Task _sweep = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = clock.CreateTimer(_ => _ = SweepAsync(), null, Interval, Interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>Runs a sweep, or joins the one still running (tests await it after moving the clock).</summary>
    public Task SweepAsync()
    {
        lock (_gate)
        {
            if (_sweep.IsCompleted) _sweep = ReleaseChatsAsync();
            return _sweep;
        }
    }

    private async Task ReleaseChatsAsync()
    {
        await Task.Yield(); // never on the caller's (the timer's) thread
        try
        {
            var cutoff = clock.GetUtcNow().UtcDateTime.AddSeconds(-options.Value.AgentGraceSeconds);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HandoffQueue>()
                .ReleaseChatsOfAgentsGoneAsync(presence.IsGoneSince, cutoff, CancellationToken.None);
        }
        catch (Exception e)
        {
            // A timer has no caller to surface to; the chats stay with the agent until the next sweep.
            logger.LogError(e, "Could not give the chats of absent agents back to the queue");
        }
    }
}
