using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Data;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>
/// The app as a real process on an SQLite database file and an SQLite job-store file, killed with SIGKILL while a
/// promise check waits in the job store, then started again on the same files. The wall clock runs here (a process
/// cannot be handed a fake clock), so the test polls the database with a deadline instead of moving a clock.
/// </summary>
public sealed class JobStoreRestartTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-jobstore-").FullName;
    private string AppDb => Path.Combine(_folder, "app.db");
    private string JobsDb => Path.Combine(_folder, "jobs.db");

    [Fact]
    public async Task ScheduledCheck_HappensExactlyOnce_AfterTheAppIsKilledAndStartedAgain()
    {
        // No sweep in this test (once a year): only the job that waited in the store can decide the promise.
        var settings = Settings(sweep: "0 0 1 1 *");
        int promiseId;
        using (var first = await AppProcess.StartAsync(settings, StartTimeout))
        {
            promiseId = await SeedDuePromiseAsync();
            using var storage = new SQLiteStorage(JobsDb, new SQLiteStorageOptions());
            new BackgroundJobClient(storage).Schedule<CheckPromiseJob>(j => j.RunAsync(promiseId, CancellationToken.None), TimeSpan.FromSeconds(8));
            first.Kill();
        }
        Assert.Equal(PromiseStatus.Open, await StatusAsync(promiseId));

        using var second = await AppProcess.StartAsync(settings, StartTimeout);
        var status = await WaitForDecisionAsync(promiseId, TimeSpan.FromSeconds(90), second);
        using var check = new SQLiteStorage(JobsDb, new SQLiteStorageOptions());
        var succeeded = await WaitForAsync(() => SucceededChecks(check) >= 1, TimeSpan.FromSeconds(30));

        Assert.Equal(PromiseStatus.Broken, status);
        Assert.True(succeeded, second.Output);
        Assert.Equal(1, SucceededChecks(check));
        Assert.Equal(1, await TasksAsync(promiseId));
    }

    [Fact]
    public async Task DueCheck_StillHappens_WhenTheJobStoreIsDeleted()
    {
        var settings = Settings(sweep: "* * * * *");
        int promiseId;
        using (var first = await AppProcess.StartAsync(Settings(sweep: "0 0 1 1 *"), StartTimeout))
        {
            promiseId = await SeedDuePromiseAsync();
            using var storage = new SQLiteStorage(JobsDb, new SQLiteStorageOptions());
            new BackgroundJobClient(storage).Schedule<CheckPromiseJob>(j => j.RunAsync(promiseId, CancellationToken.None), TimeSpan.FromMinutes(30));
            first.Kill();
        }
        foreach (var file in Directory.GetFiles(_folder, "jobs.db*")) File.Delete(file);

        using var second = await AppProcess.StartAsync(settings, StartTimeout);
        var status = await WaitForDecisionAsync(promiseId, TimeSpan.FromSeconds(150), second);

        Assert.Equal(PromiseStatus.Broken, status);
        Assert.Equal(1, await TasksAsync(promiseId));
    }

    /// <summary>Succeeded promise checks only: other recurring jobs (the webcare sweep) succeed in the same store.</summary>
    private static int SucceededChecks(JobStorage storage) =>
        storage.GetMonitoringApi().SucceededJobs(0, 1000).Count(j => j.Value.Job?.Type == typeof(CheckPromiseJob));

    private Dictionary<string, string> Settings(string sweep) => new()
    {
        ["ConnectionStrings:Webcare"] = $"Data Source={AppDb}",
        ["Database:SeedDemoData"] = "false",
        ["DirectLine:Secrets:0"] = WebcareAppFactory.Secret,
        ["KeyRing:Path"] = Path.Combine(_folder, "keys"),
        ["Understanding:ModelCachePath"] = Path.Combine(Path.GetTempPath(), "webcarehub-test-models"),
        ["FollowUps:JobStorage"] = "SQLite",
        ["FollowUps:JobStoragePath"] = JobsDb,
        ["FollowUps:RunJobServer"] = "true",
        ["FollowUps:PollSeconds"] = "1",
        ["FollowUps:SweepSchedule"] = sweep,
    };

    /// <summary>A promise whose day lies ten days back, unpaid: due for its check by the wall clock.</summary>
    private async Task<int> SeedDuePromiseAsync()
    {
        await using var db = Db();
        var creditor = new Creditor { Name = "WoonStroom Energie B.V.", Iban = "NL91ABNA0417164300" };
        var debtor = new Debtor
        {
            CustomerNumber = "K100012", Name = "Sanne de Vries", Street = "Kerkstraat 1", Postcode = "1234 AB", City = "Utrecht",
            DateOfBirth = new DateOnly(1985, 3, 14), Email = "sanne@example.nl", Phone = "0612345678",
        };
        db.AddRange(creditor, debtor);
        await db.SaveChangesAsync();
        var invoice = new Invoice
        {
            Number = "F2026-00012", CreditorId = creditor.Id, DebtorId = debtor.Id, Description = "Energielevering",
            IssuedOn = new DateOnly(2026, 9, 1), DueOn = new DateOnly(2026, 9, 15), PrincipalCents = 100_00, Status = InvoiceStatus.InCollection,
        };
        db.Add(invoice);
        await db.SaveChangesAsync();
        var promise = new PaymentPromise
        {
            InvoiceId = invoice.Id, DebtorId = debtor.Id, AmountCents = 100_00, PromisedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
            Status = PromiseStatus.Open, CreatedAt = DateTime.UtcNow.AddDays(-12), RecordedBy = "directline:restart",
        };
        db.Add(promise);
        await db.SaveChangesAsync();
        return promise.Id;
    }

    private async Task<PromiseStatus> WaitForDecisionAsync(int promiseId, TimeSpan timeout, AppProcess app)
    {
        Assert.True(await WaitForAsync(async () => await StatusAsync(promiseId) != PromiseStatus.Open, timeout), "No decision:\n" + app.Output);
        return await StatusAsync(promiseId);
    }

    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(250);
        }
        return false;
    }

    private static Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout) => WaitForAsync(() => Task.FromResult(condition()), timeout);

    private async Task<PromiseStatus> StatusAsync(int promiseId)
    {
        await using var db = Db();
        return await db.PaymentPromises.Where(p => p.Id == promiseId).Select(p => p.Status).SingleAsync();
    }

    private async Task<int> TasksAsync(int promiseId)
    {
        await using var db = Db();
        return await db.CallbackTasks.CountAsync(t => t.SourceKey == $"promise:{promiseId}" && t.Reason == CallbackReasons.BrokenPromise);
    }

    private WebcareDbContext Db() => new(new DbContextOptionsBuilder<WebcareDbContext>().UseSqlite($"Data Source={AppDb}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
