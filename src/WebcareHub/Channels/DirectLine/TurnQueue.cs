using System.Collections.Concurrent;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// Runs bot turns after the HTTP response (or, for <c>/api/messages</c>, before it): in order within a
/// conversation, in parallel across conversations. Each queued turn gets its own DI scope. On shutdown the host waits for the turns already queued.
/// </summary>
public sealed class TurnQueue(IServiceScopeFactory scopes, ILogger<TurnQueue> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, Task> _tails = new();
    private readonly Lock _gate = new();

    public void Enqueue(string conversationId, Func<IServiceProvider, Task> turn)
    {
        // One lock around reading the tail and chaining to it: a continuation, once made, always runs, so chaining
        // optimistically and retrying when another turn got there first ran that turn twice (once out of order).
        lock (_gate)
        {
            var tail = _tails.GetValueOrDefault(conversationId, Task.CompletedTask);
            var next = tail.ContinueWith(_ => RunAsync(conversationId, turn), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _tails[conversationId] = next;
            _ = next.ContinueWith(t => _tails.TryRemove(new(conversationId, t)), TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Runs <paramref name="turn"/> in its conversation's order and completes when it has (with its exception, if
    /// any): for a channel that answers after the turn (<c>/api/messages</c>), so two posts at once in one
    /// conversation do not both read and write its state.
    /// </summary>
    public Task RunInOrderAsync(string conversationId, Func<Task> turn)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(conversationId, async _ =>
        {
            try
            {
                await turn();
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Completes when every turn queued so far has finished (tests and shutdown).</summary>
    public Task IdleAsync() => Task.WhenAll(_tails.Values.ToArray());

    private async Task RunAsync(string conversationId, Func<IServiceProvider, Task> turn)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await turn(scope.ServiceProvider);
        }
        catch (Exception e)
        {
            // The turn handler already apologises for bot errors; this is the channel failing to store a reply.
            logger.LogError(e, "Could not complete a bot turn in conversation {ConversationId}", conversationId);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => IdleAsync().WaitAsync(cancellationToken);
}
