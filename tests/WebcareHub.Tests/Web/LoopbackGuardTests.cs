using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using WebcareHub.Web;

namespace WebcareHub.Tests.Web;

public sealed class LoopbackGuardTests
{
    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("https://127.1.2.3:443", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://192.168.1.20:8080", false)]
    [InlineData("http://webcare.example:80", false)]
    public void IsLoopback_OnlyForThisMachine(string address, bool loopback)
    {
        Assert.Equal(loopback, LoopbackGuard.IsLoopback(address));
    }

    [Theory]
    [InlineData("Development", "urls", "http://0.0.0.0:8080", true)]
    [InlineData("Development", "urls", "http://localhost:5080;http://[::]:5081", true)]
    [InlineData("Development", "http_ports", "8080", true)]
    [InlineData("Development", "Kestrel:Endpoints:Http:Url", "http://*:8080", true)]
    [InlineData("Development", "urls", "http://localhost:5080;http://127.0.0.1:5081", false)]
    [InlineData("Development", "none", "", false)]
    [InlineData("Production", "urls", "http://0.0.0.0:8080", false)]
    public void Refusal_WhenDevelopmentWouldListenBeyondLoopback(string environment, string key, string value, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var refusal = LoopbackGuard.Refusal(configuration, new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(refused, refusal is not null);
    }

    [Fact]
    public void Refusal_WhenDemoStaffWouldListenBeyondLoopback_InAnyEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://0.0.0.0:8080",
            ["Staff:SeedDemoUsers"] = "true",
        }).Build();

        Assert.NotNull(LoopbackGuard.Refusal(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }));
    }

    /// <summary>The real app, started as <c>dotnet run -- --urls http://0.0.0.0:...</c> would start it in Development.</summary>
    [Fact]
    public async Task App_RefusesToStartInDevelopment_OnANonLoopbackAddress_AndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("webcarehub-guard-");
        try
        {
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", "http://0.0.0.0:0"])
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ConnectionStrings__Webcare"] = $"Data Source={folder.FullName}/guard.db" },
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("The app started in Development on 0.0.0.0");
            }

            Assert.Equal(1, process.ExitCode);
            Assert.Contains("refuses to start", await error);
            Assert.Contains("0.0.0.0", await error);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "guard.db")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
