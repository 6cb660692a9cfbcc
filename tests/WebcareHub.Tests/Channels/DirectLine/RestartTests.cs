using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.DirectLine;

public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-restart-").FullName;

    [Fact]
    public async Task Conversation_ResumesWithHistoryAndWatermark_AfterTheHostRestartsOnTheSameFile()
    {
        var file = Path.Combine(_folder, "webcare.db");
        Session session;
        List<string?> before;
        string? watermark;
        await using (var first = new WebcareAppFactory(file))
        {
            var client = first.CreateDirectLineClient();
            session = await client.StartConversationAsync();
            await client.SayAsync(session, "eerste bericht");
            var history = await client.GetActivitiesAsync(session);
            before = history.Activities.Select(a => a.Id).ToList();
            watermark = history.Watermark;
        }

        await using var second = new WebcareAppFactory(file);
        var resumed = second.CreateDirectLineClient();
        var again = await resumed.GetActivitiesAsync(session);
        var newId = await resumed.SayAsync(session, "na de herstart");
        var after = await resumed.GetActivitiesAsync(session, watermark);

        Assert.Equal(before, again.Activities.Select(a => a.Id));
        Assert.Equal(watermark, again.Watermark);
        Assert.Equal($"{session.ConversationId}|{long.Parse(watermark!) + 1:0000000}", newId);
        Assert.True(after.Activities[0].Timestamp > again.Activities[^1].Timestamp);
    }

    [Fact]
    public async Task Dialog_ContinuesWhereItWas_AfterTheHostRestartsMidQuestion()
    {
        var file = Path.Combine(_folder, "midflow.db");
        Session session;
        await using (var first = new WebcareAppFactory(file))
        {
            await first.SeedInvoiceAsync();
            var client = first.CreateDirectLineClient();
            session = await client.StartConversationAsync();
            await client.SayAsync(session, "Mijn factuur bekijken");
        }

        await using var second = new WebcareAppFactory(file);
        var resumed = second.CreateDirectLineClient();
        var id = await resumed.SayAsync(session, "F2026-00012");
        var reply = (await resumed.GetActivitiesAsync(session)).Activities.Last(a => a.ReplyToId == id && a.Type == "message");

        Assert.True(Texts.IsOneOf(reply.Text, "verify", "ask-postcode", "nl"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
