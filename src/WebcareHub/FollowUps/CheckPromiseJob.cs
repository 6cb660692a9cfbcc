using Hangfire;

namespace WebcareHub.FollowUps;

/// <summary>The promise check, scheduled for its check moment when the promise is recorded; the sweep catches any the job store lost.</summary>
public sealed class CheckPromiseJob(PromiseChecker checker)
{
    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(int promiseId, CancellationToken ct) => checker.CheckAsync(promiseId, ct);
}
