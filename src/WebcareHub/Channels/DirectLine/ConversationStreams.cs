using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// The open WebSocket streams of every conversation, in this process. Storing an activity publishes it here;
/// each stream drains its own queue, so a slow socket never holds up the others.
/// </summary>
public sealed class ConversationStreams
{
    private readonly ConcurrentDictionary<string, List<StreamSubscription>> _byConversation = new();

    public StreamSubscription Subscribe(string conversationId, int maxStreams)
    {
        var subscription = new StreamSubscription(conversationId);
        var list = _byConversation.GetOrAdd(conversationId, _ => []);
        lock (list)
        {
            list.Add(subscription);
            while (list.Count > maxStreams)
            {
                list[0].Close(WebSocketCloseStatus.PolicyViolation, "collision");
                list.RemoveAt(0);
            }
        }
        return subscription;
    }

    public void Unsubscribe(StreamSubscription subscription)
    {
        if (!_byConversation.TryGetValue(subscription.ConversationId, out var list)) return;
        lock (list)
        {
            list.Remove(subscription);
            if (list.Count == 0) _byConversation.TryRemove(new(subscription.ConversationId, list));
        }
    }

    /// <summary>Delivers to every open stream; <paramref name="sequence"/> is null for ephemeral activities (typing).</summary>
    public void Publish(string conversationId, long? sequence, Activity activity)
    {
        if (!_byConversation.TryGetValue(conversationId, out var list)) return;
        StreamSubscription[] targets;
        lock (list) targets = [.. list];
        foreach (var target in targets) target.Items.Writer.TryWrite(new StreamItem(sequence, activity));
    }

    /// <summary>Closes every stream of a conversation, e.g. when it is deleted.</summary>
    public void CloseAll(string conversationId, WebSocketCloseStatus status, string reason)
    {
        if (!_byConversation.TryRemove(conversationId, out var list)) return;
        lock (list)
        {
            foreach (var s in list) s.Close(status, reason);
        }
    }

    public int Count(string conversationId) =>
        _byConversation.TryGetValue(conversationId, out var list) ? list.Count : 0;
}

public sealed class StreamSubscription(string conversationId)
{
    public string ConversationId { get; } = conversationId;
    public Channel<StreamItem> Items { get; } = Channel.CreateUnbounded<StreamItem>(new() { SingleReader = true });
    public (WebSocketCloseStatus Status, string Reason)? CloseRequest { get; private set; }

    public void Close(WebSocketCloseStatus status, string reason)
    {
        CloseRequest ??= (status, reason);
        Items.Writer.TryComplete();
    }
}

public sealed record StreamItem(long? Sequence, Activity Activity);
