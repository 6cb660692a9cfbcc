using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>The agent hub from .NET (SignalR's JSON protocol over a WebSocket): several chats at once, transfers, hidden proof.</summary>
public sealed class AgentConsoleHubTests
{
    [Fact]
    public async Task GetMyChats_ListsEveryChatTheAgentHolds_AndCustomerMessagesOfEachArrive_AlsoAfterReconnecting()
    {
        await using var app = new WebcareAppFactory();
        var (customer, first) = await AsksForAPersonAsync(app, "ik wil iemand spreken");
        var (_, second) = await AsksForAPersonAsync(app, "ik wil een medewerker");
        var ids = await app.QueryAsync(db => db.HandoffRequests.OrderBy(h => h.Id).Select(h => h.Id).ToListAsync());
        await using (var anna = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example"))
            foreach (var id in ids) Assert.True((await anna.InvokeAsync("Claim", id)).GetBoolean());

        // A reload: a new connection of the same agent.
        await using var again = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example");
        var mine = (await again.InvokeAsync("GetMyChats")).EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        await customer.SayAsync(first, "bericht in de eerste chat");
        await customer.SayAsync(second, "bericht in de tweede chat");

        Assert.Equal(ids, mine);
        await again.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == ids[0] && a[1].GetString() == "bericht in de eerste chat");
        await again.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == ids[1] && a[1].GetString() == "bericht in de tweede chat");
    }

    [Fact]
    public async Task Transfer_IsRefusedInWords_WhenTheColleagueIsNotOnline_AndTheChatStaysWithTheAgent()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await AsksForAPersonAsync(app, "ik wil iemand spreken");
        await using var anna = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example");
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync("bram@webcarehub.example", "Bram", StaffLogin.Password, [StaffRoles.Agent]);
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await anna.InvokeAsync("Claim", id);

        var (_, error) = await anna.TryInvokeAsync("Transfer", id, "bram@webcarehub.example");
        var colleagues = await anna.InvokeAsync("GetOnlineColleagues");

        Assert.Contains("That colleague is not online", error);
        Assert.Empty(colleagues.EnumerateArray());
        var annaId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "anna@webcarehub.example").Select(u => u.Id).SingleAsync());
        Assert.Equal(annaId, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.AgentId).SingleAsync()));
        var told = (await customer.GetActivitiesAsync(session)).Activities.Where(a => a.Name == HandoffQueue.StatusEvent).Select(a => (string?)a.Value!["message"]);
        Assert.DoesNotContain(told, m => m!.Contains("Bram"));

        // Online, the same transfer goes through, and the colleague is offered by name.
        await using var bram = await AgentHubClient.ConnectAsync(app, "bram@webcarehub.example", name: "Bram");
        await bram.InvokeAsync("GetMyChats"); // answered once the hub has seen Bram connect
        var offered = (await anna.InvokeAsync("GetOnlineColleagues")).EnumerateArray().Select(c => c.GetProperty("email").GetString()).ToList();
        Assert.Equal(["bram@webcarehub.example"], offered);

        // Not to oneself, and not to a colleague marked away: the customer would be told someone takes over who does not.
        var (_, toSelf) = await anna.TryInvokeAsync("Transfer", id, "anna@webcarehub.example");
        await bram.InvokeAsync("SetAway", true);
        var (_, toAway) = await anna.TryInvokeAsync("Transfer", id, "bram@webcarehub.example");
        Assert.Contains("The chat is already with that colleague", toSelf);
        Assert.Contains("That colleague is marked away", toAway);
        Assert.Equal(annaId, await app.QueryAsync(db => db.HandoffRequests.Select(h => h.AgentId).SingleAsync()));

        await bram.InvokeAsync("SetAway", false);
        Assert.True((await anna.InvokeAsync("Transfer", id, "bram@webcarehub.example")).GetBoolean());
    }

    [Fact]
    public async Task VerificationAnswers_NeverReachStaff_NotInTheChatViewNorInTheReadAlong()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var (customer, session) = await AsksForAPersonAsync(app, "ik wil iemand spreken");
        await using var anna = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example");
        await using var sara = await AgentHubClient.ConnectAsync(app, "sara@webcarehub.example", StaffRoles.Supervisor, "Sara");
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await anna.InvokeAsync("Claim", id);

        await anna.InvokeAsync("AskBotToVerify", id);
        await sara.InvokeAsync("ReadAlong", id);
        // The invoice number inside a longer line, the postcode first in words (not taken), then in digits.
        const string InvoiceLine = "mijn factuurnummer is F2026-00012, dat staat op de brief van vorige week";
        await customer.SayAsync(session, InvoiceLine);
        await customer.SayAsync(session, "twaalf vierendertig AB");
        await WebcareHub.Tests.Channels.DirectLine.UploadTests.UploadAsync(customer, session, ("brief.png", "image/png", WebcareHub.Tests.Channels.DirectLine.UploadTests.Png));
        await customer.SayAsync(session, "1234 AB");
        await anna.WaitForAsync("VerificationEnded", a => a[0].GetInt32() == id && a[1].GetBoolean());
        await customer.SayAsync(session, "dank je, nu weer met Anna");
        var views = new[] { await anna.InvokeAsync("GetChat", id), await sara.InvokeAsync("ReadAlong", id) };

        foreach (var view in views)
        {
            var lines = view.GetProperty("transcript").EnumerateArray().Where(l => l.GetProperty("role").GetString() == "user").ToList();
            var raw = string.Join("\n", lines.Select(l => l.GetRawText())); // the bot's own questions name example numbers
            Assert.DoesNotContain("1234 AB", raw);
            Assert.DoesNotContain("F2026-00012", raw);
            Assert.DoesNotContain("vierendertig", raw);
            Assert.Equal(2, lines.Count(l => l.GetProperty("hidden").GetBoolean()));
            Assert.Contains(lines, l => l.GetProperty("text").GetString() == "mijn factuurnummer is •••, dat staat op de brief van vorige week");
            Assert.Equal("dank je, nu weer met Anna", lines[^1].GetProperty("text").GetString());
            Assert.All(lines, l => Assert.Equal(0, l.GetProperty("files").GetArrayLength())); // the photo of the letter is proof too
        }
        Assert.DoesNotContain(anna.Received, r => r.Target == "CustomerMessage" && r.Arguments[3].GetArrayLength() > 0);
        Assert.DoesNotContain(anna.Received, r => r.Target == "CustomerMessage"
            && r.Arguments[1].GetString() is { } said && (said.Contains("F2026-00012") || said.Contains("1234 AB") || said.Contains("vierendertig")));
        // The supervisor reading along heard of each new line as it came.
        await sara.WaitForAsync("ChatUpdated", a => a[0].GetInt32() == id);
    }

    /// <summary>
    /// Another request in the middle of the check ("ik heb de brief niet bij de hand", a worry, the person button) does
    /// not leave it: the check stays on its question, so the number and postcode typed after it are still proof.
    /// </summary>
    [Fact]
    public async Task DuringTheBotsCheck_OtherWords_DoNotEndIt_AndTheAnswersAfterThemStayHidden()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session, anna, id) = await ClaimedByAnnaAsync(app);
        await using var _ = anna;

        await anna.InvokeAsync("AskBotToVerify", id);
        var asked = await customer.RepliesAsync(session, "ik heb de brief niet bij de hand, momentje, klopt dat bedrag wel?");
        await customer.SayAsync(session, "Met een medewerker praten");
        await customer.SayAsync(session, "F2026-00012");
        await customer.SayAsync(session, "1234 AB");

        await anna.WaitForAsync("VerificationEnded", a => a[0].GetInt32() == id && a[1].GetBoolean());
        Assert.True(Texts.IsOneOf(asked[^1].Text, "verify", "ask-invoice", "nl"));
        Assert.DoesNotContain(anna.Received, r => r.Target == "VerificationEnded" && !r.Arguments[1].GetBoolean());
        Assert.DoesNotContain(anna.Received, r => r.Target == "CustomerMessage"
            && r.Arguments[1].GetString() is { } said && (said.Contains("F2026-00012") || said.Contains("1234 AB")));
        var raw = (await anna.InvokeAsync("GetChat", id)).GetProperty("transcript").EnumerateArray()
            .Where(l => l.GetProperty("role").GetString() == "user").Select(l => l.GetRawText()).ToList();
        Assert.DoesNotContain(raw, l => l.Contains("F2026-00012") || l.Contains("1234 AB"));
    }

    /// <summary>Only the proof is hidden: words that are no answer to the check (here a crisis signal) reach the agent at once.</summary>
    [Fact]
    public async Task DuringTheBotsCheck_WordsThatAreNoProof_ReachTheAgent_AndStayInTheTranscript()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session, anna, id) = await ClaimedByAnnaAsync(app);
        await using var _ = anna;
        const string Words = "ik zie het echt niet meer zitten, ik wil er een eind aan maken";

        await anna.InvokeAsync("AskBotToVerify", id);
        await customer.SayAsync(session, "F2026-00012");
        await customer.SayAsync(session, Words);
        await app.BotIdleAsync();

        await anna.WaitForAsync("CustomerMessage", a => a[0].GetInt32() == id && a[1].GetString() == Words);
        var lines = (await anna.InvokeAsync("GetChat", id)).GetProperty("transcript").EnumerateArray()
            .Where(l => l.GetProperty("role").GetString() == "user").ToList();
        Assert.Contains(lines, l => l.GetProperty("text").GetString() == Words && !l.GetProperty("hidden").GetBoolean());
        Assert.Contains(lines, l => l.GetProperty("hidden").GetBoolean());
        Assert.DoesNotContain(lines, l => l.GetProperty("text").GetString() == "F2026-00012");
    }

    /// <summary>
    /// A chat the agent owns gets no bot answer, but a possible suicide signal in it is put in front of the agent (and a
    /// supervisor reading along) at once; an ordinary line is not.
    /// </summary>
    [Fact]
    public async Task WithAnAgent_ACrisisSignal_IsFlaggedToTheAgent_AndAnOrdinaryLineIsNot()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session, anna, id) = await ClaimedByAnnaAsync(app);
        await using var _ = anna;
        await using var sara = await AgentHubClient.ConnectAsync(app, "sara@webcarehub.example", StaffRoles.Supervisor, "Sara");
        await sara.InvokeAsync("ReadAlong", id);

        await customer.SayAsync(session, "kan ik in drie termijnen betalen?");
        await customer.SayAsync(session, "ik wil er een eind aan maken");
        await anna.WaitForAsync("CrisisSignal", a => a[0].GetInt32() == id && a[1].GetBoolean());
        await sara.WaitForAsync("CrisisSignal", a => a[0].GetInt32() == id);

        Assert.Single(anna.Received, r => r.Target == "CrisisSignal");
        Assert.Contains(anna.Received, r => r.Target == "CustomerMessage" && r.Arguments[1].GetString() == "ik wil er een eind aan maken");
    }


    private static async Task<(DirectLineTestClient Customer, Session Session, AgentHubClient Anna, int Id)> ClaimedByAnnaAsync(WebcareAppFactory app)
    {
        await app.SeedInvoiceAsync();
        var (customer, session) = await AsksForAPersonAsync(app, "ik wil iemand spreken");
        var anna = await AgentHubClient.ConnectAsync(app, "anna@webcarehub.example");
        var id = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.Id).SingleAsync());
        await anna.InvokeAsync("Claim", id);
        return (customer, session, anna, id);
    }

    private static async Task<(DirectLineTestClient Client, Session Session)> AsksForAPersonAsync(WebcareAppFactory app, string words)
    {
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, words);
        return (client, session);
    }
}
