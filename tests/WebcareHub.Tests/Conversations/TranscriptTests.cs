using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Conversations;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Conversations;

/// <summary>
/// Staff read a chat's latest lines: a customer who wrote a long chat first still has their newest words (the hand-off
/// request, an urgent line) in the console, never cut off behind the first page.
/// </summary>
public sealed class TranscriptTests
{
    [Fact]
    public async Task ReadTranscript_GivesTheLatestMessages_OldestFirst()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        foreach (var text in new[] { "eerste regel", "tweede regel", "derde regel", "dit is mijn laatste regel" })
            await customer.SayAsync(session, text);
        await app.BotIdleAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var channels = scope.ServiceProvider.GetRequiredService<ConversationChannels>();

        var all = await channels.ReadTranscriptAsync(ConversationKey.DirectLine(session.ConversationId), 1000, CancellationToken.None);
        var latest = await channels.ReadTranscriptAsync(ConversationKey.DirectLine(session.ConversationId), 3, CancellationToken.None);

        Assert.Equal(all.TakeLast(3).Select(l => l.Sequence), latest.Select(l => l.Sequence));
        Assert.True(latest.Select(l => l.Sequence).SequenceEqual(latest.Select(l => l.Sequence).Order()));
        Assert.Contains(all, l => l.Text == "eerste regel");
        Assert.DoesNotContain(latest, l => l.Text == "eerste regel");
        Assert.Contains("dit is mijn laatste regel", all.Select(l => l.Text));
    }
}
