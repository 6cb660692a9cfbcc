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

/// <summary>A stand-in Bot Framework channel (like the Emulator) on a loopback port that records what the bot posts.</summary>
public sealed class ChannelSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChannelSink(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedActivity> Received { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ChannelSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new ChannelSink(app);
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
