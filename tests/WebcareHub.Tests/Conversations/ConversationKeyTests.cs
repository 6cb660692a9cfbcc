using WebcareHub.Conversations;

namespace WebcareHub.Tests.Conversations;

/// <summary>The channel a key names (the NPS report groups by it): read from the key the channel itself built.</summary>
public sealed class ConversationKeyTests
{
    [Fact]
    public void Channel_IsDirectLine_OrTheBotConnectorChannelId()
    {
        Assert.Equal("directline", ConversationKey.Channel(ConversationKey.DirectLine("abc123")));
        Assert.Equal("msteams", ConversationKey.Channel(ConversationKey.BotConnector(new Uri("https://smba.trafficmanager.net/emea/"), "msteams", "a:1/b")));
        Assert.Equal("slack", ConversationKey.Channel(ConversationKey.BotConnector(new Uri("https://slack.botframework.com"), "slack", "c")));
    }
}
