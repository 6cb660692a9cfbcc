using System.Net;
using System.Net.WebSockets;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class StreamTests
{
    [Fact]
    public async Task Stream_ReplaysGreetingThenDeliversEchoTypingAndReply()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await client.OpenStreamAsync(session.StreamUrl);

        var replay = await DirectLineTestClient.ReadFramesAsync(socket, f => f.SelectMany(x => x.Activities).Count() >= 2);
        var id = await client.SayAsync(session, "iets onbegrijpelijks");
        var live = await DirectLineTestClient.ReadFramesAsync(socket,
            f => f.SelectMany(x => x.Activities).Any(a => a.ReplyToId == id && a.SuggestedActions is not null));

        Assert.Equal("2", replay[^1].Set!.Watermark);
        var activities = live.SelectMany(f => f.Activities).ToList();
        Assert.Equal(id, activities[0].Id);
        var typing = live.Single(f => f.Activities.Any(a => a.Type == "typing"));
        Assert.Null(typing.Set!.Watermark);
        Assert.Equal("webcarehub-bot", typing.Activities.Single().From!.Id);
        Assert.True(activities.FindIndex(a => a.Type == "typing") < activities.FindIndex(a => a.Type == "message" && a.ReplyToId == id));
        var watermarks = live.Where(f => f.Set?.Watermark is not null).Select(f => long.Parse(f.Set!.Watermark!)).ToList();
        Assert.Equal(watermarks.Order(), watermarks);
    }

    [Fact]
    public async Task Stream_StartsAfterWatermark_WhenReconnecting()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "hallo");
        var reconnect = await DirectLineTestClient.ReadAsync<ConversationResponse>(await client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{session.ConversationId}?watermark=2", session.Token));

        using var socket = await client.OpenStreamAsync(reconnect.StreamUrl!);
        var frames = await DirectLineTestClient.ReadFramesAsync(socket, f => f.Count >= 1);

        Assert.Equal(ConversationStore.ActivityId(session.ConversationId, 3), frames[0].Activities.First().Id);
    }

    [Fact]
    public async Task Stream_RefusesHandshake_WhenStreamTokenIsReused()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var first = await client.OpenStreamAsync(session.StreamUrl);

        var reuse = await Assert.ThrowsAsync<WebSocketException>(() => client.OpenStreamAsync(session.StreamUrl));

        Assert.Contains("403", reuse.Message);
    }

    [Fact]
    public async Task Stream_RefusesHandshake_WhenStreamTokenIsExpiredUnknownOrForeign()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var mine = await client.StartConversationAsync();
        var theirs = await client.StartConversationAsync();
        var foreign = mine.StreamUrl.Replace(mine.ConversationId, theirs.ConversationId);
        var unknown = theirs.StreamUrl.Split("&t=")[0] + "&t=made-up";

        await Assert.ThrowsAsync<WebSocketException>(() => client.OpenStreamAsync(foreign));
        await Assert.ThrowsAsync<WebSocketException>(() => client.OpenStreamAsync(unknown));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await Assert.ThrowsAsync<WebSocketException>(() => client.OpenStreamAsync(theirs.StreamUrl));
    }

    [Fact]
    public async Task Stream_RefusesHandshake_WhenBrowserOriginIsNotAllowed()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        await Assert.ThrowsAsync<WebSocketException>(() => client.OpenStreamAsync(session.StreamUrl, origin: "https://evil.example"));
    }

    [Fact]
    public async Task Stream_ClosesWithPolicyViolation_WhenTheTokenExpires()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await client.OpenStreamAsync(session.StreamUrl);
        await DirectLineTestClient.ReadFramesAsync(socket, GreetingReplayed);

        app.Clock.Advance(TimeSpan.FromSeconds(1801));
        var frames = await DirectLineTestClient.ReadFramesAsync(socket, _ => false);

        Assert.DoesNotContain(frames, f => f.Set is not null);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
    }

    [Fact]
    public async Task Stream_SendsEmptyKeepAliveFrame_Every15Seconds()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        using var socket = await client.OpenStreamAsync(session.StreamUrl);
        await DirectLineTestClient.ReadFramesAsync(socket, GreetingReplayed);

        app.Clock.Advance(TimeSpan.FromSeconds(15));
        var frames = await DirectLineTestClient.ReadFramesAsync(socket, f => f.Count >= 1);

        Assert.Equal("", frames[0].Raw);
    }

    [Fact]
    public async Task Stream_ClosesOldestWithCollision_WhenASixthStreamOpens()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        var sockets = new List<ClientWebSocket>();
        for (var i = 0; i < 6; i++)
        {
            var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", session.Token);
            var url = (await DirectLineTestClient.ReadAsync<ConversationResponse>(response)).StreamUrl!;
            var socket = await client.OpenStreamAsync(url);
            await DirectLineTestClient.ReadFramesAsync(socket, GreetingReplayed);
            sockets.Add(socket);
        }

        await DirectLineTestClient.ReadFramesAsync(sockets[0], _ => false);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, sockets[0].CloseStatus);
        Assert.Equal("collision", sockets[0].CloseStatusDescription);
        Assert.Equal(WebSocketState.Open, sockets[5].State);
        sockets.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Stream_ReplaysOneActivityPerFrame()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "hallo");
        using var socket = await client.OpenStreamAsync(session.StreamUrl);

        var frames = await DirectLineTestClient.ReadFramesAsync(socket, f => f.Sum(x => x.Activities.Count()) >= 5);

        Assert.All(frames, f => Assert.Single(f.Activities));
        Assert.Equal(["1", "2", "3", "4", "5"], frames.Take(5).Select(f => f.Set!.Watermark));
    }

    private static bool GreetingReplayed(List<StreamFrame> frames) => frames.Sum(f => f.Activities.Count()) >= 2;

    [Fact]
    public async Task StreamRoute_ReturnsForbidden_WhenCalledWithoutWebSocketAndWithoutToken()
    {
        await using var app = new WebcareAppFactory();
        var response = await app.CreateHttpClient().GetAsync("/v3/directline/conversations/abc/stream?t=nope");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
