using Hangfire;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.FollowUps;

/// <summary>A short status of the follow-ups for staff: what waits, what failed, whether a job server runs.</summary>
public static class FollowUpStatus
{
    public static async Task<FollowUpStatusLine> GetAsync(WebcareDbContext db, JobStorage storage, HttpRequest request, CancellationToken ct)
    {
        var queued = await db.AgreementSummaries.CountAsync(s => s.State == SummaryState.Queued, ct);
        var failed = await db.AgreementSummaries.CountAsync(s => s.State == SummaryState.Failed, ct);
        var callbacks = await db.CallbackTasks.CountAsync(t => t.DoneAt == null, ct);
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers().Count;
        var failedJobs = monitoring.FailedCount();
        var english = request.Query["lang"] == "en";
        var line = english
            ? $"E-mails waiting: {queued}, failed: {failed} · open call-backs: {callbacks} · failed jobs: {failedJobs} · job servers: {servers}"
            : $"E-mails in de wachtrij: {queued}, mislukt: {failed} · open terugbelverzoeken: {callbacks} · mislukte jobs: {failedJobs} · jobservers: {servers}";
        return new FollowUpStatusLine(queued, failed, callbacks, failedJobs, servers, line);
    }
}

public sealed record FollowUpStatusLine(int QueuedEmails, int FailedEmails, int OpenCallbacks, long FailedJobs, int JobServers, string Line);
