using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WebcareHub.Benchmarks;

/// <summary>The app as a separate process on a loopback port with its own SQLite file, as it runs in production.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string Secret = "bench-secret-0123456789";
    private readonly Process _process;
    private readonly string _folder;

    private AppProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>How long the process took from launch until <c>/health</c> answered.</summary>
    public TimeSpan StartedIn { get; private set; }

    public static async Task<AppProcess> StartAsync(string? modelCache = null)
    {
        var launched = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("webcarehub-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "WebcareHub.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Webcare"] = $"Data Source={Path.Combine(folder, "bench.db")}";
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["DirectLine__Secrets__0"] = Secret;
        start.Environment["DirectLine__ChatTokensPerMinute"] = "10000";
        start.Environment["DirectLine__ActivitiesPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Understanding__ModelCachePath"] = modelCache ?? Path.Combine(folder, "models");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, folder, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    app.StartedIn = launched.Elapsed;
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not become healthy within 60 s (its errors are above)");
    }

    /// <summary>Resident memory of the app process in MiB (Linux /proc).</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
