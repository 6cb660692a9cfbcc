using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.FollowUps;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

public sealed class FollowUpsSetupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-jobs-").FullName;

    [Fact]
    public async Task Start_KeepsJobsInTheirOwnSqliteFile_AndRegistersTheSweep()
    {
        var jobs = Path.Combine(_folder, "jobs.db");
        await using var app = new WebcareAppFactory(Path.Combine(_folder, "app.db"), new()
        {
            ["FollowUps:JobStorage"] = "SQLite",
            ["FollowUps:JobStoragePath"] = jobs,
            ["FollowUps:RunJobServer"] = "true",
        });
        app.Start();

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var sweep = Assert.Single(connection.GetRecurringJobs(), j => j.Id == FollowUpsSetup.SweepJobId);
        Assert.Equal("Europe/Amsterdam", sweep.TimeZoneId);
        Assert.True(File.Exists(jobs));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
