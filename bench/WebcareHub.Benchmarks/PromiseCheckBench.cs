using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using WebcareHub.FollowUps;

namespace WebcareHub.Benchmarks;

/// <summary>
/// Hangfire as the app configures it by default (SQLite job store in its own file, 2 workers, 2 s polling; see
/// <see cref="FollowUpsSetup.CreateStorage"/>), in this process: how many promise checks can be scheduled per second
/// one by one (what recording a promise does), and how late due jobs start.
/// </summary>
public static class PromiseCheckBench
{
    public const int Scheduled = 2000;
    public const int Probes = 300;

    public static async Task<List<string>> RunAsync()
    {
        var options = new FollowUpOptions();
        var folder = Directory.CreateTempSubdirectory("webcarehub-jobs-").FullName;
        var storage = FollowUpsSetup.CreateStorage(options, folder);
        GlobalConfiguration.Configuration.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings().UseStorage(storage);
        var client = new BackgroundJobClient(storage);
        var rows = new List<string>();

        // 1. Promise checks, scheduled one by one for their check moment weeks ahead (they do not run here).
        var due = DateTimeOffset.UtcNow.AddDays(30);
        for (var i = 0; i < 50; i++) client.Schedule<CheckPromiseJob>(job => job.RunAsync(-i, CancellationToken.None), due);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Scheduled; i++) client.Schedule<CheckPromiseJob>(job => job.RunAsync(i, CancellationToken.None), due);
        clock.Stop();
        rows.Add($"| promise checks scheduled one by one (`IBackgroundJobClient.Schedule<CheckPromiseJob>`), SQLite job store as configured by default, {Scheduled} in a row | {Scheduled / clock.Elapsed.TotalSeconds:F0}/s ({clock.Elapsed.TotalMilliseconds / Scheduled:F1} ms each) |");

        // 2. Lateness: a job server as the app runs it, and jobs coming due every 200 ms for a minute.
        var server = new BackgroundJobServerOptions();
        FollowUpsSetup.ConfigureServer(server, options);
        using (new BackgroundJobServer(server, storage))
        {
            var start = DateTimeOffset.UtcNow.AddSeconds(10);
            for (var i = 0; i < Probes; i++)
            {
                var at = start.AddMilliseconds(200 * i);
                client.Schedule(() => LatenessProbe.Run(at.ToUnixTimeMilliseconds()), at);
            }
            var deadline = DateTime.UtcNow.AddMinutes(4);
            while (LatenessProbe.Count < Probes && DateTime.UtcNow < deadline) await Task.Delay(500);
        }
        var late = LatenessProbe.Lateness.Order().ToArray();
        double At(double p) => late[Math.Min(late.Length - 1, (int)Math.Ceiling(p * late.Length) - 1)];
        rows.Add($"| lateness of due jobs (start − due), {late.Length} of {Probes} jobs due every 200 ms, 2 workers, {options.PollSeconds} s polling | p50 {At(0.5):F2} s, p95 {At(0.95):F2} s, p99 {At(0.99):F2} s, max {late[^1]:F2} s |");
        Directory.Delete(folder, recursive: true);
        return rows;
    }
}

/// <summary>A job that only notes how late it started.</summary>
public static class LatenessProbe
{
    private static readonly ConcurrentBag<double> Seconds = [];

    public static int Count => Seconds.Count;

    public static IEnumerable<double> Lateness => Seconds;

    public static void Run(long dueUnixMilliseconds) =>
        Seconds.Add((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - dueUnixMilliseconds) / 1000.0);
}
