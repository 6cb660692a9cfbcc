using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebcareHub.Tests.Webcare;

/// <summary>
/// A local stand-in for the Graph API and the X API on a loopback port: records every request (path, headers,
/// body) and answers 500 for the first <see cref="FailuresLeft"/> ones, then the platform's success shape.
/// </summary>
public sealed class FakePlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private FakePlatform(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<(string Path, string? IdempotencyKey, string? Authorization, string Body)> Requests { get; } = new();

    public int FailuresLeft { get => Volatile.Read(ref _failuresLeft); set => Volatile.Write(ref _failuresLeft, value); }

    public static async Task<FakePlatform> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var platform = new FakePlatform(app) { FailuresLeft = failFirst };
        app.Run(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            platform.Requests.Enqueue((http.Request.Path.Value ?? "", http.Request.Headers["Idempotency-Key"].FirstOrDefault(),
                http.Request.Headers.Authorization.FirstOrDefault(), body));
            if (Interlocked.Decrement(ref platform._failuresLeft) >= 0)
            {
                http.Response.StatusCode = 500;
                await http.Response.WriteAsync("{\"error\":{\"message\":\"temporarily unavailable\"}}");
                return;
            }
            var id = $"reply-{platform.Requests.Count}";
            await http.Response.WriteAsJsonAsync<object>(http.Request.Path.StartsWithSegments("/2/tweets") ? new { data = new { id, text = "" } } : new { id });
        });
        await app.StartAsync();
        platform.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return platform;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
