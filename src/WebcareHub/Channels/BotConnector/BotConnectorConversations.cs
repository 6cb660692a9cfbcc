using Microsoft.EntityFrameworkCore;
using WebcareHub.Conversations;
using WebcareHub.Data;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// Bot Framework conversations as the rest of the app sees them: remembered from authenticated activities,
/// sent to through <see cref="ConnectorClient"/>, with their messages kept so an agent can read them. It writes
/// through its own short units of work, never the turn's, so a bot turn's state is still saved once at its end.
/// </summary>
public sealed class BotConnectorConversations(IDbContextFactory<WebcareDbContext> contexts, ConnectorClient connector, TimeProvider clock)
    : IConversationChannel
{
    public string KeyPrefix => ConversationKey.BotConnectorPrefix;

    /// <summary>Stores where the conversation is reached (from an authenticated activity) and the customer's message.</summary>
    public async Task RememberAsync(string key, Uri serviceBase, Activity incoming, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var conversation = await db.BotConnectorConversations.SingleOrDefaultAsync(c => c.Key == key, ct);
        if (conversation is null)
        {
            conversation = new BotConnectorConversation
            {
                Key = key,
                ServiceUrl = "",
                ChannelId = incoming.ChannelId!,
                ConversationId = incoming.Conversation!.Id!,
                BotId = "",
                UserId = "",
            };
            db.BotConnectorConversations.Add(conversation);
        }
        conversation.ServiceUrl = serviceBase.ToString();
        (conversation.BotId, conversation.BotName) = (incoming.Recipient!.Id!, incoming.Recipient.Name);
        (conversation.UserId, conversation.UserName) = (incoming.From!.Id!, incoming.From.Name);
        conversation.LastSeenAt = now;
        if (incoming.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(incoming.Text))
            db.BotConnectorMessages.Add(new BotConnectorMessage
            {
                ConversationKey = key,
                Role = ActivityRoles.User,
                Name = incoming.From.Name,
                Text = incoming.Text,
                At = now,
            });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends as the bot (an agent's name shown as the sender's name); false when the channel did not take it.</summary>
    public async Task<bool> TrySendAsync(string key, Activity activity, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var conversation = await db.BotConnectorConversations.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, ct);
        if (conversation is null) return false;
        activity.ChannelId = conversation.ChannelId;
        activity.Conversation = new ConversationAccount(conversation.ConversationId);
        activity.From = new ChannelAccount(conversation.BotId, activity.From?.Name ?? conversation.BotName, ActivityRoles.Bot);
        activity.Recipient = new ChannelAccount(conversation.UserId, conversation.UserName, ActivityRoles.User);
        if (!await connector.SendAsync(conversation.ServiceUrl, conversation.ConversationId, activity, ct)) return false;

        if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            db.BotConnectorMessages.Add(new BotConnectorMessage
            {
                ConversationKey = key,
                Role = ActivityRoles.Bot,
                Name = activity.From.Name,
                Text = activity.Text,
                At = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
        return true;
    }

    public async Task<string> SendAsync(string key, Activity activity, CancellationToken ct)
    {
        activity.Id ??= Guid.NewGuid().ToString("N");
        // Typing is a courtesy: a channel that does not take it is not worth an error.
        if (!await TrySendAsync(key, activity, ct) && activity.Type != ActivityTypes.Typing)
            throw new ConversationUnreachableException("The customer's Bot Framework channel did not take the message");
        return activity.Id;
    }

    public async Task<List<TranscriptLine>> ReadTranscriptAsync(string key, int max, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.BotConnectorMessages.AsNoTracking()
            .Where(m => m.ConversationKey == key)
            .OrderByDescending(m => m.Id)
            .Take(max)
            .Select(m => new TranscriptLine(m.Id, m.Role, m.Name, m.Text, m.At))
            .ToListAsync(ct);
        latest.Reverse();
        return latest;
    }
}
