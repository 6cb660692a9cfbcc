using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WebcareHub.Channels.DirectLine;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class TurnQueueTests
{
    private const int Turns = 20_000;

    /// <summary>Many posts of one conversation at once (a channel retrying, a customer tapping twice): every turn runs
    /// exactly once and never beside another of its conversation. Chaining optimistically, then retrying when another
    /// post had replaced the tail, ran about one turn in thirteen twice.</summary>
    [Fact]
    public async Task Enqueue_FromManyThreadsAtOnce_RunsEveryTurnOnce_OneAtATime()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var queue = new TurnQueue(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TurnQueue>.Instance);
        var runs = new ConcurrentDictionary<int, int>();
        var running = 0;
        var overlapped = false;

        // Every third turn yields, so tails finish (and are removed) while other threads are still chaining to them.
        Parallel.For(0, Turns, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => queue.Enqueue("one-chat", async _ =>
        {
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            runs.AddOrUpdate(i, 1, (_, n) => n + 1);
            if (i % 3 == 0) await Task.Yield();
            Interlocked.Decrement(ref running);
        }));
        await queue.IdleAsync();
        await Task.Delay(100);

        Assert.Equal(Turns, runs.Count);
        Assert.All(runs.Values, n => Assert.Equal(1, n));
        Assert.False(overlapped);
    }

    [Fact]
    public async Task RunInOrderAsync_CompletesWithTheTurnsException()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var queue = new TurnQueue(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<TurnQueue>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.RunInOrderAsync("one-chat", () => throw new InvalidOperationException("turn failed")));

        Assert.Equal("turn failed", error.Message);
    }
}
