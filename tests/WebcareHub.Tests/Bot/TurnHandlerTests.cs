using Microsoft.EntityFrameworkCore;
using WebcareHub.Bot;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

public sealed class TurnHandlerTests
{
    [Fact]
    public async Task Turn_ApologisesAndResetsTheDialog_WhenTheTurnFails()
    {
        await using var app = new WebcareAppFactory();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        // Make saving the bot's state fail mid-turn, the way a full disk or a lock timeout would.
        await app.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER fail_turn BEFORE UPDATE ON ConversationStates WHEN NEW.DialogId IS NOT NULL " +
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));

        var id = await client.SayAsync(session, "Mijn factuur bekijken");
        var replies = (await client.GetActivitiesAsync(session)).Activities.Where(a => a.ReplyToId == id).ToList();

        Assert.Contains(replies, a => Texts.IsOneOf(a.Text, "apology", "apology", "nl"));
        var state = await app.QueryAsync(db => db.ConversationStates.AsNoTracking()
            .SingleAsync(s => s.Key == WebcareHub.Conversations.ConversationKey.DirectLine(session.ConversationId)));
        Assert.Null(state.DialogId);
        Assert.Null(state.StepId);
    }
}
