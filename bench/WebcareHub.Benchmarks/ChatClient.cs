using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace WebcareHub.Benchmarks;

/// <summary>
/// One customer as Web Chat would be: a widget token, a started conversation and an open stream. Measures the
/// time from posting a message to the bot's reply arriving on the stream.
/// </summary>
public sealed class ChatClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _byClientId = new();
    private readonly ConcurrentDictionary<string, string> _clientIdById = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private string _conversationId = "";
    private string _token = "";

    public ChatClient(HttpClient http) => _http = http;

    public string ConversationId => _conversationId;
    public string Token => _token;

    public async Task StartAsync()
    {
        var chat = await (await _http.PostAsJsonAsync("/api/chat/token", new { locale = "nl-NL" })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        _conversationId = chat.GetProperty("conversationId").GetString()!;
        _token = chat.GetProperty("token").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var started = await (await _http.SendAsync(request)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        await _socket.ConnectAsync(new Uri(started.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        _reader = ReadAsync();
    }

    /// <summary>Posts a message and returns the time until the bot's first reply to it is on the stream.</summary>
    public async Task<TimeSpan> SayAsync(string text)
    {
        var clientId = Guid.NewGuid().ToString("N");
        var replied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _byClientId[clientId] = replied;
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{_conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", text, locale = "nl-NL", channelData = new { clientActivityID = clientId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        (await _http.SendAsync(request)).EnsureSuccessStatusCode();
        await replied.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return clock.Elapsed;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var frame = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (frame.MessageType == WebSocketMessageType.Close) return;
                message.Write(buffer, 0, frame.Count);
                if (!frame.EndOfMessage) continue;
                var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                if (text.Length > 0) Track(JsonDocument.Parse(text));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private void Track(JsonDocument set)
    {
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            var id = activity.GetProperty("id").GetString()!;
            if (activity.TryGetProperty("channelData", out var data) && data.TryGetProperty("clientActivityID", out var clientId))
                _clientIdById[id] = clientId.GetString()!;
            else if (activity.GetProperty("type").GetString() == "message"
                && activity.TryGetProperty("replyToId", out var replyTo)
                && _clientIdById.TryGetValue(replyTo.GetString()!, out var asked)
                && _byClientId.TryRemove(asked, out var waiting))
                waiting.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader;
        _socket.Dispose();
    }
}
