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

    public static async Task<AgentHubClient> ConnectAsync(WebcareAppFactory app, string email, string role = StaffRoles.Agent)
    {
        app.Start();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, "Anna", StaffLogin.Password, [role]);
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
        var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        while (true)
        {
            using var record = JsonDocument.Parse(await NextRecordAsync());
            var message = record.RootElement;
            if (message.GetProperty("type").GetInt32() != 3 || message.GetProperty("invocationId").GetString() != id) continue;
            if (message.TryGetProperty("error", out var error)) Assert.Fail($"{target} failed: {error.GetString()}");
            return message.TryGetProperty("result", out var result) ? result.Clone() : default;
        }
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
