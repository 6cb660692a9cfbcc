using Hangfire;

namespace WebcareHub.FollowUps;

/// <summary>
/// The recurring sweep: finds due work in the database rows (the truth) and does it. Every step is idempotent,
/// so a second run, a retried run or a run after a lost job store changes nothing that was done already.
/// It also anonymises conversations older than the retention period (<see cref="RetentionJob"/>).
/// </summary>
public sealed class SweepFollowUpsJob(PromiseChecker promises, HandoffWaitChecker waits, SummarySender summaries, RetentionJob retention)
{
    // The next scheduled sweep is the retry; Hangfire's own retries would only pile up runs.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        await promises.CheckDueAsync(ct);
        await waits.CheckAsync(ct);
        await retention.RunAsync(ct);
        var (_, failure) = await summaries.SendDueAsync(ct);
        // Surfaces on the jobs page; the rows keep their errors and are tried again by the next sweep.
        if (failure is not null) throw new InvalidOperationException("Some summaries could not be sent; they stay queued", failure);
    }
}
