using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebcareHub.Channels;

namespace WebcareHub.Tests.Support;

/// <summary>
/// A stand-in Bot Framework channel (like the Emulator) on a loopback port that records what the bot posts and
/// counts every request; with <c>redirectTo</c> it answers each request with a 307 to that address instead.
/// </summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private ChannelSink(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedActivity> Received { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public int RequestCount => Volatile.Read(ref _requests);

    public static async Task<ChannelSink> StartAsync(string? redirectTo = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ChannelSink(app);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref sink._requests);
            if (redirectTo is null) return next(context);
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = redirectTo.TrimEnd('/') + context.Request.Path;
            return Task.CompletedTask;
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpRequest request, string conversationId, string? replyToId) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options);
            sink.Received.Enqueue(new ReceivedActivity(request.Path, conversationId, replyToId, activity!,
                request.Headers.Authorization.ToString()));
            return Results.Ok(new { id = Guid.NewGuid().ToString() });
        });
        await app.StartAsync();
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return sink;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed record ReceivedActivity(string Path, string ConversationId, string? ReplyToId, Activity Activity, string Authorization);
