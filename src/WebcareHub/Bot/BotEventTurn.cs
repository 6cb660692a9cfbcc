using Microsoft.Extensions.Options;
using WebcareHub.Channels;
using WebcareHub.Conversations;

namespace WebcareHub.Bot;

/// <summary>
/// A bot turn for an event raised outside the chat (an agent asks the bot to verify the customer, the follow-ups ask
/// the NPS question): the bot's replies go to the customer through the conversation's own channel.
/// </summary>
public sealed class BotEventTurn(TurnHandler turns, ConversationChannels conversations, IOptions<BotOptions> bot)
{
    /// <exception cref="ConversationUnreachableException">The channel cannot take the bot's reply.</exception>
    public Task RunAsync(string conversationKey, string eventName, CancellationToken ct)
    {
        var botAccount = new ChannelAccount(bot.Value.Id, bot.Value.Name, ActivityRoles.Bot);
        var request = new Activity { Type = ActivityTypes.Event, Name = eventName, Recipient = botAccount };
        return turns.HandleAsync(new TurnContext(conversationKey, request, (reply, token) =>
        {
            reply.From = botAccount;
            return conversations.SendAsync(conversationKey, reply, token);
        }), ct);
    }
}
