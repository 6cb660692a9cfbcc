using Hangfire;

namespace WebcareHub.FollowUps;

/// <summary>Puts a promise's check in the job store for its check moment (a delayed Hangfire job).</summary>
public sealed class PromiseCheckSchedule(IBackgroundJobClient jobs, AgreementChecks checks)
{
    public string Schedule(int promiseId, DateOnly promisedOn, string creditor) =>
        jobs.Schedule<CheckPromiseJob>(job => job.RunAsync(promiseId, CancellationToken.None), checks.CheckMoment(promisedOn, creditor));
}
