using Hangfire;

namespace WebcareHub.FollowUps;

/// <summary>
/// The recurring sweep: finds due work in the database rows (the truth) and does it (promises and arrangements to check among it). Every step is idempotent,
/// so a second run, a retried run or a run after a lost job store changes nothing that was done already.
/// It also anonymises conversations older than the retention period (<see cref="RetentionJob"/>), and moves NPS
/// questions a customer left unanswered in a chat they had left to e-mail and sends those (<see cref="NpsMailer"/>).
/// </summary>
public sealed class SweepFollowUpsJob(PromiseChecker promises, ArrangementChecker arrangements, HandoffWaitChecker waits, SummarySender summaries, RetentionJob retention, NpsMailer nps)
{
    // The next scheduled sweep is the retry; Hangfire's own retries would only pile up runs.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        await promises.CheckDueAsync(ct);
        await arrangements.CheckDueAsync(ct);
        await waits.CheckAsync(ct);
        await retention.RunAsync(ct);
        await nps.DecideChatQuestionsAsync(ct);
        var (_, failure) = await summaries.SendDueAsync(ct);
        var (_, surveyFailure) = await nps.SendDueAsync(ct);
        // Surfaces on the jobs page; the rows keep their errors and are tried again by the next sweep.
        if (failure is not null) throw new InvalidOperationException("Some summaries could not be sent; they stay queued", failure);
        if (surveyFailure is not null) throw new InvalidOperationException("Some NPS e-mails could not be sent; they stay queued", surveyFailure);
    }
}
