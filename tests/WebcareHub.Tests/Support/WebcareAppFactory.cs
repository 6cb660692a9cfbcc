using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Data;

namespace WebcareHub.Tests.Support;

/// <summary>
/// The real app on Kestrel (real HTTP and WebSockets on a loopback port) with a test clock and, unless a file
/// is given, a private shared-cache in-memory SQLite database that lives as long as the factory.
/// </summary>
public sealed class WebcareAppFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789";
    private readonly SqliteConnection? _keepAlive;
    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly string _keyRing = Path.Combine(Path.GetTempPath(), "webcarehub-keys-" + Guid.NewGuid().ToString("N"));
    private int _requests;

    /// <summary>An app whose test day (Tuesday 24 November 2026) is closed by a dated exception: everything out of hours.</summary>
    public static WebcareAppFactory ClosedToday() => new(settings: new() { ["OpeningHours:Exceptions:2026-11-24"] = "closed" });

    /// <summary>When people are back on <see cref="ClosedToday"/>, as the bot says it in Dutch.</summary>
    public const string ClosedTodayBackAt = "woensdag 25 november om 08:30";

    public WebcareAppFactory(string? databaseFile = null, Dictionary<string, string?>? settings = null, string environment = "Testing")
    {
        _environment = environment;
        _connectionString = databaseFile is null
            ? $"Data Source=file:webcare-{Guid.NewGuid():N}?mode=memory&cache=shared"
            : $"Data Source={databaseFile}";
        if (databaseFile is null)
        {
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Webcare"] = _connectionString,
            ["Database:SeedDemoData"] = "false",
            ["DirectLine:Secrets:0"] = Secret,
            ["Understanding:OpenParseEndpoint"] = "true",
            ["KeyRing:Path"] = _keyRing,
            // Tests call the job classes directly with the test clock; no job server runs on the wall clock beside them.
            ["FollowUps:JobStorage"] = "InMemory",
            ["FollowUps:RunJobServer"] = "false",
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
        // UseKestrel(0) sets the port after the entry point may already have started Kestrel, which fails now and
        // then with "Addresses cannot be modified after the server has started"; the URL setting has no such race.
        UseKestrel();
    }

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>The app's log entries, counted by category and level.</summary>
    public LogCounter Logs { get; } = new();

    /// <summary>Every HTTP request the app has received, so a test can show that it did not call itself.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(new CountRequests(() => Interlocked.Increment(ref _requests)));
        });
    }

    /// <summary>Starts Kestrel (once) and returns a client for its real address.</summary>
    public HttpClient CreateHttpClient()
    {
        Start();
        return CreateClient();
    }

    public void Start() => StartServer();

    public DirectLineTestClient CreateDirectLineClient() => new(CreateHttpClient(), this);

    /// <summary>Completes when the bot has answered everything posted so far (no sleeping).</summary>
    public Task BotIdleAsync() => Services.GetRequiredService<TurnQueue>().IdleAsync();

    public async Task<T> SeedAsync<T>(T entity) where T : class
    {
        Start();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebcareDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public async Task<TResult> QueryAsync<TResult>(Func<WebcareDbContext, Task<TResult>> query)
    {
        Start();
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WebcareDbContext>());
    }

    private sealed class CountRequests(Action count) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                count();
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _keepAlive?.Dispose();
        if (disposing && Directory.Exists(_keyRing)) Directory.Delete(_keyRing, recursive: true);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
        if (Directory.Exists(_keyRing)) Directory.Delete(_keyRing, recursive: true);
    }
}
