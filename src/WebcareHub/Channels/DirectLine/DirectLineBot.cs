using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Conversations;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Hands Direct Line activities to the bot and stores (or streams) what it sends back.</summary>
public sealed class DirectLineBot(TurnHandler turns, ConversationStore store, IOptions<BotOptions> bot)
{
    public ChannelAccount BotAccount => new(bot.Value.Id, bot.Value.Name, ActivityRoles.Bot);

    public Task RunTurnAsync(string conversationId, Activity incoming, string serviceUrl, CancellationToken ct)
    {
        var toBot = incoming.Clone();
        toBot.ServiceUrl = serviceUrl;
        toBot.Recipient = BotAccount;
        return turns.HandleAsync(new TurnContext(ConversationKey.DirectLine(conversationId), toBot,
            (reply, token) => DeliverAsync(conversationId, reply, token)), ct);
    }

    /// <summary>The conversationUpdate that tells the bot a conversation began; it is never stored or delivered.</summary>
    public Activity ConversationStarted(string conversationId, string userId, string? userName, string locale) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = $"{conversationId}|start",
        ChannelId = "directline",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId, userName, ActivityRoles.User),
        Recipient = BotAccount,
        MembersAdded = [BotAccount, new ChannelAccount(userId, userName, ActivityRoles.User)],
        Locale = locale,
    };

    private Task DeliverAsync(string conversationId, Activity reply, CancellationToken ct)
    {
        reply.From = BotAccount;
        reply.ServiceUrl = null;
        if (reply.Type == ActivityTypes.Typing)
        {
            store.PublishEphemeral(conversationId, reply);
            return Task.CompletedTask;
        }
        return store.AppendAsync(conversationId, reply, ct);
    }
}
