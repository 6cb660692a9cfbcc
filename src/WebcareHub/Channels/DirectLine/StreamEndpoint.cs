using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using WebcareHub.Web;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// The WebSocket stream of a conversation: replays what was stored after the watermark, then forwards every
/// new activity, with an empty keep-alive frame every 15 s (section 5 of the contract).
/// </summary>
public static class StreamEndpoint
{
    public static async Task Stream(string conversationId, HttpContext http, StreamTokens streamTokens,
        DirectLineOrigins origins, ConversationStreams streams, IOptions<DirectLineOptions> options,
        TimeProvider clock, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        var grant = streamTokens.Redeem(http.Request.Query["t"], conversationId);
        if (grant is null || !origins.IsAllowed(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineError.BadArgument("This route only accepts WebSocket requests").ToResult().ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var subscription = streams.Subscribe(conversationId, options.Value.MaxStreamsPerConversation);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            var store = http.RequestServices.GetRequiredService<ConversationStore>();
            var sender = new StreamSender(socket, subscription, store, clock, options.Value, grant);
            var receiving = DrainClientFramesAsync(socket, stop);
            await sender.RunAsync(stop.Token);
            await receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            loggers.CreateLogger(typeof(StreamEndpoint)).LogDebug("Stream of {ConversationId} ended: {Reason}", LogValue.Clean(conversationId), e.Message);
        }
        finally
        {
            streams.Unsubscribe(subscription);
        }
    }

    /// <summary>Client frames carry nothing (Web Chat sends "" as keep-alive); read them only to see the close.</summary>
    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, stop.Token);
                if (frame.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private sealed class StreamSender(WebSocket socket, StreamSubscription subscription, ConversationStore store,
        TimeProvider clock, DirectLineOptions options, StreamGrant grant)
    {
        private long _lastSent = grant.Watermark;

        public async Task RunAsync(CancellationToken ct)
        {
            // Subscribed before the replay, so nothing stored meanwhile falls in the gap; duplicates skip by sequence.
            // One activity per frame: Web Chat 4.18 holds a reply back for 5 s when the message it answers
            // arrives in the same frame (BotFramework-WebChat issue #5636), which made a reload look stuck.
            List<(long Sequence, Activity Activity)> page;
            do
            {
                page = await store.ReadAsync(subscription.ConversationId, _lastSent, options.MaxActivitiesPerGet, ct);
                foreach (var stored in page) await SendStoredAsync(stored.Sequence, stored.Activity, ct);
            } while (page.Count == options.MaxActivitiesPerGet);

            using var keepAlive = clock.CreateTimer(_ => subscription.Items.Writer.TryWrite(KeepAlive), null,
                TimeSpan.FromSeconds(options.KeepAliveSeconds), TimeSpan.FromSeconds(options.KeepAliveSeconds));
            using var expiry = grant.CredentialExpiresAt is { } expiresAt
                ? clock.CreateTimer(_ => subscription.Close(WebSocketCloseStatus.PolicyViolation, "token expired"), null,
                    Clamp(expiresAt - clock.GetUtcNow().UtcDateTime), Timeout.InfiniteTimeSpan)
                : null;

            var reader = subscription.Items.Reader;
            try
            {
                while (await reader.WaitToReadAsync(ct))
                {
                    while (reader.TryRead(out var item)) await SendItemAsync(item, ct);
                }
            }
            catch (Exception e) when (e is ChannelClosedException or OperationCanceledException)
            {
                // Closed by the subscription (collision, expiry), the client, or the host shutting down.
            }
            var (status, reason) = subscription.CloseRequest ?? (WebSocketCloseStatus.EndpointUnavailable, "shutdown");
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(status, reason, timeout.Token);
            }
        }

        private async Task SendItemAsync(StreamItem item, CancellationToken ct)
        {
            if (ReferenceEquals(item, KeepAlive)) await SendTextAsync("", ct);
            else if (item.Sequence is null) await SendTextAsync(ActivityJson.Serialize(new ActivitySet([item.Activity], null)), ct);
            else if (item.Sequence > _lastSent) await SendStoredAsync(item.Sequence.Value, item.Activity, ct);
        }

        private async Task SendStoredAsync(long sequence, Activity activity, CancellationToken ct)
        {
            await SendTextAsync(ActivityJson.Serialize(new ActivitySet([activity], sequence.ToString())), ct);
            _lastSent = sequence;
        }

        private Task SendTextAsync(string text, CancellationToken ct) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);

        private static TimeSpan Clamp(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

        private static readonly StreamItem KeepAlive = new(null, new Activity());
    }
}
