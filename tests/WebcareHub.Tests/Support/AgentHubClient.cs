using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;

namespace WebcareHub.Tests.Support;

/// <summary>
/// A signed-in agent on <c>/hubs/agent</c>, speaking SignalR's JSON protocol over a plain WebSocket (records
/// end with 0x1E): enough to invoke hub methods and read their results from .NET without a browser.
/// </summary>
public sealed class AgentHubClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket;
    private readonly Queue<string> _records = new();
    private int _nextId;

    private AgentHubClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>What the hub pushed to this client (target and arguments), in order, as far as it was read.</summary>
    public List<(string Target, JsonElement Arguments)> Received { get; } = [];

    public static async Task<AgentHubClient> ConnectAsync(WebcareAppFactory app, string email, string role = StaffRoles.Agent, string name = "Anna")
    {
        app.Start();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, name, StaffLogin.Password, [role]);
            Assert.True(created.Succeeded);
        }
        var cookies = new CookieContainer();
        using (var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = app.BaseAddress })
            (await http.PostAsJsonAsync("/api/auth/login", new { email, password = StaffLogin.Password })).EnsureSuccessStatusCode();

        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        socket.Options.SetRequestHeader("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        await socket.ConnectAsync(new Uri($"ws://{app.BaseAddress.Authority}/hubs/agent"), CancellationToken.None);
        var client = new AgentHubClient(socket);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        using var handshake = JsonDocument.Parse(await client.NextRecordAsync());
        Assert.False(handshake.RootElement.TryGetProperty("error", out _));
        return client;
    }

    /// <summary>Calls a hub method and returns its result (a hub error fails the test with its message).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object[] arguments)
    {
        var (result, error) = await TryInvokeAsync(target, arguments);
        if (error is not null) Assert.Fail($"{target} failed: {error}");
        return result;
    }

    /// <summary>Calls a hub method: its result, or the hub's error message.</summary>
    public async Task<(JsonElement Result, string? Error)> TryInvokeAsync(string target, params object[] arguments)
    {
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        while (true)
        {
            using var record = JsonDocument.Parse(await NextRecordAsync());
            var message = record.RootElement;
            Keep(message);
            if (message.GetProperty("type").GetInt32() != 3 || message.GetProperty("invocationId").GetString() != id) continue;
            if (message.TryGetProperty("error", out var error)) return (default, error.GetString());
            return (message.TryGetProperty("result", out var result) ? result.Clone() : default, null);
        }
    }

    /// <summary>Reads until the hub has pushed <paramref name="target"/> with arguments that satisfy <paramref name="match"/> (10 s at most).</summary>
    public async Task<JsonElement> WaitForAsync(string target, Func<JsonElement, bool> match)
    {
        foreach (var (t, a) in Received) if (t == target && match(a)) return a;
        while (true)
        {
            using var record = JsonDocument.Parse(await NextRecordAsync());
            if (Keep(record.RootElement) is { } pushed && pushed.Target == target && match(pushed.Arguments)) return pushed.Arguments;
        }
    }

    private (string Target, JsonElement Arguments)? Keep(JsonElement message)
    {
        if (message.GetProperty("type").GetInt32() != 1) return null;
        var pushed = (message.GetProperty("target").GetString()!, message.GetProperty("arguments").Clone());
        Received.Add(pushed);
        return pushed;
    }

    private Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private async Task<string> NextRecordAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_records.Count == 0)
        {
            var text = await DirectLineTestClient.ReceiveTextAsync(_socket, timeout.Token) ?? throw new InvalidOperationException("The hub closed the connection");
            foreach (var record in text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries)) _records.Enqueue(record);
        }
        return _records.Dequeue();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        _socket.Dispose();
    }
}
