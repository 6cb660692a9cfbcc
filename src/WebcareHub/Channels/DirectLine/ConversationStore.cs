using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// Stores a conversation's activities: numbers them without gaps, stamps strictly increasing timestamps,
/// ignores a repeated <c>clientActivityID</c>, and publishes each stored activity to the open streams.
/// </summary>
public sealed class ConversationStore(IDbContextFactory<WebcareDbContext> contexts, ConversationStreams streams, TimeProvider clock)
{
    // One writer per conversation in this process, through a fixed set of gates so memory stays bounded
    // however many conversations come and go; the concurrency token on LastSequence guards the rest.
    private static readonly SemaphoreSlim[] Gates = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<AppendResult> AppendAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        var gate = Gates[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % Gates.Length)];
        await gate.WaitAsync(ct);
        try
        {
            // Its own short unit of work: an accepted activity is stored whatever happens to the caller's.
            await using var db = await contexts.CreateDbContextAsync(ct);
            var clientId = activity.ClientActivityId;
            if (clientId is not null)
            {
                var earlier = await db.Activities.AsNoTracking()
                    .Where(a => a.ConversationId == conversationId && a.ClientActivityId == clientId)
                    .Select(a => (long?)a.Sequence)
                    .SingleOrDefaultAsync(ct);
                if (earlier is { } seq) return new AppendResult(ActivityId(conversationId, seq), seq, Created: false);
            }

            var conversation = await db.Conversations.SingleAsync(c => c.Id == conversationId, ct);
            var sequence = conversation.LastSequence + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            var timestamp = TruncateToMilliseconds(now) > conversation.LastTimestamp
                ? TruncateToMilliseconds(now)
                : conversation.LastTimestamp.AddMilliseconds(1);

            activity.Id = ActivityId(conversationId, sequence);
            activity.Timestamp = timestamp;
            activity.ChannelId = "directline";
            activity.Conversation = new ConversationAccount(conversationId);
            activity.ServiceUrl = null;

            conversation.LastSequence = sequence;
            conversation.LastTimestamp = timestamp;
            db.Activities.Add(new StoredActivity
            {
                ConversationId = conversationId,
                Sequence = sequence,
                Type = activity.Type!,
                ClientActivityId = clientId,
                Timestamp = timestamp,
                Json = ActivityJson.Serialize(activity),
            });
            await db.SaveChangesAsync(ct);

            streams.Publish(conversationId, sequence, activity);
            return new AppendResult(activity.Id, sequence, Created: true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Sends an ephemeral activity (typing) to the open streams; it is never stored.</summary>
    public void PublishEphemeral(string conversationId, Activity activity)
    {
        activity.Id = $"{conversationId}|t{RandomIds.New(6)}";
        activity.Timestamp = TruncateToMilliseconds(clock.GetUtcNow().UtcDateTime);
        activity.ChannelId = "directline";
        activity.Conversation = new ConversationAccount(conversationId);
        activity.ServiceUrl = null;
        streams.Publish(conversationId, null, activity);
    }

    /// <summary>Stored activities after <paramref name="watermark"/>, oldest first.</summary>
    public async Task<List<(long Sequence, Activity Activity)>> ReadAsync(string conversationId, long watermark, int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(max)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(ct);
        return rows.Select(r => (r.Sequence, ActivityJson.Deserialize(r.Json)!)).ToList();
    }

    /// <summary>The newest <paramref name="max"/> activities of one type, oldest first (a long chat's latest lines, not its first).</summary>
    public async Task<List<(long Sequence, Activity Activity)>> ReadLatestAsync(string conversationId, string type, int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Type == type)
            .OrderByDescending(a => a.Sequence)
            .Take(max)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(ct);
        return rows.AsEnumerable().Reverse().Select(r => (r.Sequence, ActivityJson.Deserialize(r.Json)!)).ToList();
    }

    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence:0000000}";

    private static DateTime TruncateToMilliseconds(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}

public sealed record AppendResult(string Id, long Sequence, bool Created);
