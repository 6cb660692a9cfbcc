using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WebcareHub.Tests.Support;

/// <summary>
/// A staff hub connection speaking SignalR's JSON protocol over a real WebSocket (the .NET SignalR client is
/// not available here): negotiate, handshake, invocations and their completions, and noticing the close.
/// </summary>
public sealed class HubTestClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly StringBuilder _pending = new();
    private int _nextId;

    private HubTestClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>The negotiate answer's status when the hub refuses (401/403), or a connected client.</summary>
    public static async Task<(HttpStatusCode Status, HubTestClient? Client)> ConnectAsync(WebcareAppFactory app, string cookie,
        string path = "/hubs/agent", string? origin = null)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, $"{path}/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Cookie", cookie);
        if (origin is not null) negotiate.Headers.Add("Origin", origin);
        using var answer = await http.SendAsync(negotiate);
        if (!answer.IsSuccessStatusCode) return (answer.StatusCode, null);
        var token = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["connectionToken"]!.GetValue<string>();

        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Cookie", cookie);
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        var url = new UriBuilder(app.BaseAddress) { Scheme = "ws", Path = path, Query = "id=" + Uri.EscapeDataString(token) }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None);
        var client = new HubTestClient(socket);
        await client.SendAsync(new JsonObject { ["protocol"] = "json", ["version"] = 1 });
        var handshake = await client.ReceiveAsync() ?? throw new InvalidOperationException("The hub closed during the handshake");
        if (handshake["error"] is { } error) throw new InvalidOperationException("Handshake refused: " + error);
        return (answer.StatusCode, client);
    }

    /// <summary>Calls a hub method: its result, or the error the hub answered with.</summary>
    public async Task<(JsonNode? Result, string? Error)> InvokeAsync(string method, params object?[] arguments)
    {
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(new JsonObject
        {
            ["type"] = 1,
            ["invocationId"] = id,
            ["target"] = method,
            ["arguments"] = JsonSerializer.SerializeToNode(arguments),
        });
        while (await ReceiveAsync() is { } message)
        {
            if ((int?)message["type"] == 3 && (string?)message["invocationId"] == id)
                return (message["result"], (string?)message["error"]);
        }
        throw new InvalidOperationException($"The hub closed before answering {method}");
    }

    /// <summary>The next server call to one of <paramref name="targets"/> (its name and arguments), or null when the connection closes first.</summary>
    public async Task<(string Target, JsonArray Arguments)?> NextCallAsync(TimeSpan time, params string[] targets)
    {
        using var timeout = new CancellationTokenSource(time);
        while (await ReceiveAsync(timeout.Token) is { } message)
        {
            if ((int?)message["type"] == 1 && (string?)message["target"] is { } target && targets.Contains(target))
                return (target, message["arguments"]!.AsArray());
        }
        return null;
    }

    /// <summary>True when the server closes the connection within the time given.</summary>
    public async Task<bool> ClosedWithinAsync(TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            while (await ReceiveAsync(timeout.Token) is not null) { }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task SendAsync(JsonNode message) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString() + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message (pings and server calls included), or null once the connection is closed.</summary>
    private async Task<JsonNode?> ReceiveAsync(CancellationToken ct = default)
    {
        var buffer = new byte[8192];
        while (true)
        {
            var text = _pending.ToString();
            var end = text.IndexOf(Separator);
            if (end >= 0)
            {
                _pending.Remove(0, end + 1);
                var message = JsonNode.Parse(text[..end])!;
                if ((int?)message["type"] == 7) return null;
                return message;
            }
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, ct);
            }
            catch (WebSocketException)
            {
                return null;
            }
            if (received.MessageType == WebSocketMessageType.Close) return null;
            _pending.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }
        _socket.Dispose();
    }
}
