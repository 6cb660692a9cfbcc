using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using WebcareHub.Channels;
using WebcareHub.Channels.DirectLine;

namespace WebcareHub.Tests.Support;

/// <summary>Talks to the app the way botframework-directlinejs does, over real HTTP and WebSockets.</summary>
public sealed class DirectLineTestClient(HttpClient http, WebcareAppFactory app)
{
    public HttpClient Http { get; } = http;

    public async Task<ChatTokenResponse> GetChatTokenAsync(string? locale = null)
    {
        var response = await Http.PostAsJsonAsync(ChatTokenEndpoints.Path, new { locale });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChatTokenResponse>(ActivityJson.Options))!;
    }

    /// <summary>A new conversation, started as Web Chat starts it; returns once the bot has greeted.</summary>
    public async Task<Session> StartConversationAsync(string? locale = null)
    {
        var chat = await GetChatTokenAsync(locale);
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", chat.Token,
            JsonContent.Create(new { user = new { }, locale }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await ReadAsync<ConversationResponse>(response);
        await app.BotIdleAsync();
        return new Session(chat.ConversationId, chat.Token, chat.UserId, started.StreamUrl!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)");
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(Session session, object activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token,
            JsonContent.Create(activity));

    /// <summary>Posts a user message and waits until the bot has answered it.</summary>
    public async Task<string> SayAsync(Session session, string text, string? locale = null)
    {
        var response = await PostActivityAsync(session, new
        {
            type = "message", text, locale,
            channelData = new { clientActivityID = Guid.NewGuid().ToString() },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.BotIdleAsync();
        return (await ReadAsync<PostActivityResponse>(response)).Id;
    }

    public async Task<ActivitySet> GetActivitiesAsync(Session session, string? watermark = null)
    {
        var response = await SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync<ActivitySet>(response);
    }

    public async Task<ClientWebSocket> OpenStreamAsync(string streamUrl, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>Reads text frames until <paramref name="until"/> holds for the activities received so far.</summary>
    public static async Task<List<StreamFrame>> ReadFramesAsync(ClientWebSocket socket, Func<List<StreamFrame>, bool> until)
    {
        var frames = new List<StreamFrame>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!until(frames))
        {
            var text = await ReceiveTextAsync(socket, timeout.Token);
            if (text is null) break;
            frames.Add(new StreamFrame(text, text.Length == 0 ? null : JsonSerializer.Deserialize<ActivitySet>(text, ActivityJson.Options)));
        }
        return frames;
    }

    public static async Task<string?> ReceiveTextAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var frame = await socket.ReceiveAsync(buffer, ct);
            if (frame.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, frame.Count);
            if (frame.EndOfMessage) return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ActivityJson.Options))!;

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("error").GetProperty("code").GetString()!;
    }
}

public sealed record Session(string ConversationId, string Token, string UserId, string StreamUrl);

public sealed record StreamFrame(string Raw, ActivitySet? Set)
{
    public IEnumerable<Activity> Activities => Set?.Activities ?? [];
}
