using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebcareHub.Tests.Support;

/// <summary>The app as a real child process (<c>dotnet WebcareHub.dll</c>) on files of the test's choosing, to be killed, not stopped.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process) => _process = process;

    public int Port { get; private init; }

    /// <summary>Starts the app with the given settings (as environment variables) and waits until /health answers.</summary>
    public static async Task<AppProcess> StartAsync(Dictionary<string, string> settings, TimeSpan timeout)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "WebcareHub.dll")}\"")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var app = new AppProcess(Process.Start(info)!) { Port = port };
        app._process.OutputDataReceived += (_, e) => { lock (app._output) app._output.AppendLine(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { lock (app._output) app._output.AppendLine(e.Data); };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(timeout);
        return app;
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a crash or a pulled plug.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The app exited at start-up:\n" + Output);
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The app did not become healthy:\n" + Output);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
