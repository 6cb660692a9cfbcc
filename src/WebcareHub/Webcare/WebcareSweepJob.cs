using Hangfire;

namespace WebcareHub.Webcare;

/// <summary>
/// The recurring webcare job (every minute): publishes approved replies whose earlier attempt failed and pushes
/// overdue high-risk mentions to the Supervisors. Both steps work from the database rows and are idempotent.
/// </summary>
public sealed class WebcareSweepJob(ReplyOutbox outbox, WebcareEscalation escalation)
{
    public const string Id = "webcare-sweep";

    // The next minute's run is the retry.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        await outbox.PublishDueAsync(ct);
        await escalation.RunAsync(ct);
    }
}
