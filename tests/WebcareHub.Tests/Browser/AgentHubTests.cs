using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>The agent hub through the real JavaScript SignalR client in Chromium (the .NET client is not available here).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentHubTests(BrowserFixture browser)
{
    [Fact]
    public async Task Hub_RefusesAConnection_WithoutStaffSignIn()
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().PostAsync("/hubs/agent/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Agent_ClaimsAChat_WritesToTheCustomer_AndReceivesTheCustomersAnswer()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await CustomerAsksForAPersonAsync(app);
        var page = await AgentPageAsync(app);

        var claim = await page.EvaluateAsync<JsonElement>(@"async () => {
            window.received = [];
            const hub = new signalR.HubConnectionBuilder().withUrl('/hubs/agent').build();
            hub.on('CustomerMessage', (id, text) => window.received.push(text));
            hub.on('QueueChanged', () => {});
            await hub.start();
            window.hub = hub;
            const queue = await hub.invoke('GetQueue');
            const claimed = await hub.invoke('Claim', queue[0].id);
            const again = await hub.invoke('Claim', queue[0].id);
            await hub.invoke('Send', queue[0].id, 'Hallo, ik ben Anna. Waarmee kan ik je helpen?');
            return { claimed, again, waiting: queue.length };
        }");
        var answerId = await customer.SayAsync(session, "Ik wil graag in termijnen betalen");
        await page.WaitForFunctionAsync("() => window.received.length > 0", null, new() { Timeout = 10_000 });

        Assert.True(claim.GetProperty("claimed").GetBoolean());
        Assert.False(claim.GetProperty("again").GetBoolean());
        Assert.Equal("Ik wil graag in termijnen betalen", await page.EvaluateAsync<string>("() => window.received[0]"));
        var history = (await customer.GetActivitiesAsync(session)).Activities;
        var fromAgent = history.Single(a => a.Text == "Hallo, ik ben Anna. Waarmee kan ik je helpen?");
        Assert.Equal(("Anna", "bot"), (fromAgent.From!.Name, fromAgent.From.Role));
        Assert.StartsWith("agent:", fromAgent.From.Id);
        Assert.DoesNotContain(history, a => a.ReplyToId == answerId);
        Assert.Contains(history, a => a.Name == "handoff.status" && (string?)a.Value!["state"] == "accepted");
    }

    [Fact]
    public async Task Agent_RecordsAPromiseWithThePolicyChecks_ForTheVerifiedCustomer()
    {
        await using var app = new WebcareAppFactory();
        await VerifiedCustomerAsksForAPersonAsync(app);
        var agent = await AgentPageAsync(app);

        var outcomes = await agent.EvaluateAsync<string[]>(@"async () => {
            const hub = await connectAgentHub();
            const queue = await hub.invoke('GetQueue');
            await hub.invoke('Claim', queue[0].id);
            return [
                await hub.invoke('RecordPromise', queue[0].id, '2027-06-01'),
                await hub.invoke('RecordPromise', queue[0].id, '2026-12-04'),
                await hub.invoke('RecordPromise', queue[0].id, '2026-12-05')];
        }");

        Assert.Equal(["DayTooFar", "Recorded", "AlreadyPromised"], outcomes);
        var promise = await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 4), promise.PromisedOn);
        Assert.StartsWith("agent:", promise.RecordedBy);
    }

    [Fact]
    public async Task Hub_SendsUrgencyStatusAndOutcomesByName()
    {
        await using var app = new WebcareAppFactory();
        await VerifiedCustomerAsksForAPersonAsync(app);
        var sanne = await AgentPageAsync(app, "sanne@webcarehub.example", "Sanne", StaffRoles.Supervisor);

        var seen = await sanne.EvaluateAsync<string[]>(@"async () => {
            const hub = await connectAgentHub();
            const queue = await hub.invoke('GetQueue');
            await hub.invoke('Claim', queue[0].id);
            const outcome = await hub.invoke('RecordPromise', queue[0].id, '2026-12-04');
            const chat = await hub.invoke('GetChat', queue[0].id);
            const overview = await hub.invoke('GetOverview');
            return [queue[0].urgency, outcome, chat.urgency, chat.customer.promises[0].status, overview.chats[0].status, overview.chats[0].urgency];
        }");

        Assert.Equal(["Normal", "Recorded", "Normal", "Open", "WithAgent", "Normal"], seen);
    }

    [Fact]
    public async Task Agent_GetsEveryMessageOnceAndInOrder_AfterTheConnectionDropped()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await CustomerAsksForAPersonAsync(app);
        var agent = await AgentPageAsync(app);
        await agent.EvaluateAsync(@"async () => {
            window.hub = await connectAgentHub();
            window.handoff = (await window.hub.invoke('GetQueue'))[0].id;
            await window.hub.invoke('Claim', window.handoff);
            await window.hub.stop();
        }");

        await customer.SayAsync(session, "eerste bericht terwijl je weg was");
        await customer.SayAsync(session, "tweede bericht terwijl je weg was");
        var transcript = await agent.EvaluateAsync<string[]>(@"async () => {
            await window.hub.start();
            const chat = await window.hub.invoke('GetChat', window.handoff);
            return chat.transcript.filter(l => l.role === 'user').map(l => l.text);
        }");

        Assert.Equal(["ik wil iemand spreken", "eerste bericht terwijl je weg was", "tweede bericht terwijl je weg was"], transcript);
    }

    [Fact]
    public async Task Agent_WritesNotesTheCustomerNeverSees_AndHasCannedAnswers()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await CustomerAsksForAPersonAsync(app);
        var agent = await AgentPageAsync(app);

        var result = await agent.EvaluateAsync<JsonElement>(@"async () => {
            const hub = await connectAgentHub();
            const id = (await hub.invoke('GetQueue'))[0].id;
            await hub.invoke('Claim', id);
            await hub.invoke('AddNote', id, 'Klant klinkt gestrest, rustig aan');
            const chat = await hub.invoke('GetChat', id);
            const canned = await hub.invoke('GetCannedAnswers', 'en');
            return { note: chat.notes[0].text, canned: canned[0].title };
        }");

        Assert.Equal("Klant klinkt gestrest, rustig aan", result.GetProperty("note").GetString());
        Assert.DoesNotContain((await customer.GetActivitiesAsync(session)).Activities, a => a.Text?.Contains("gestrest") == true);
        Assert.Equal("Greeting", result.GetProperty("canned").GetString());
    }

    [Fact]
    public async Task Chats_GoBackToTheQueue_WhenTheAgentStaysAwayPastTheGracePeriod()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await CustomerAsksForAPersonAsync(app);
        var agent = await AgentPageAsync(app);
        await agent.EvaluateAsync(@"async () => {
            const hub = await connectAgentHub();
            await hub.invoke('Claim', (await hub.invoke('GetQueue'))[0].id);
            await hub.stop();
        }");
        var presence = app.Services.GetRequiredService<WebcareHub.Handoff.AgentPresence>();
        var annaId = await app.QueryAsync(db => db.HandoffRequests.Select(h => h.AgentId).SingleAsync());
        await Eventually(() => Task.FromResult(!presence.IsOnline(annaId!)));

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await app.Services.GetRequiredService<WebcareHub.Handoff.AbsentAgentSweep>().SweepAsync(); // the one the clock started

        Assert.True(await app.QueryAsync(db => db.HandoffRequests.AnyAsync(h => h.Status == WebcareHub.Handoff.HandoffStatus.Waiting)));
        var events = (await customer.GetActivitiesAsync(session)).Activities.Where(a => a.Name == "handoff.status").Select(a => (string?)a.Value!["message"]);
        Assert.Equal(["Anna neemt het gesprek over.", Texts.Variations("handoff", "released", "nl")[0], "Je bent nu nummer 1 in de rij."], events);
    }

    [Fact]
    public async Task Overview_IsForSupervisors_AndTransferMovesTheChatToTheColleague()
    {
        await using var app = new WebcareAppFactory();
        var (customer, session) = await CustomerAsksForAPersonAsync(app);
        var anna = await AgentPageAsync(app);
        var sanne = await AgentPageAsync(app, "sanne@webcarehub.example", "Sanne", StaffRoles.Supervisor);
        await sanne.EvaluateAsync(@"async () => {
            window.assigned = [];
            window.hub = new signalR.HubConnectionBuilder().withUrl('/hubs/agent').build();
            window.hub.on('ChatAssigned', id => window.assigned.push(id));
            await window.hub.start();
        }");

        var annaResult = await anna.EvaluateAsync<JsonElement>(@"async () => {
            const hub = await connectAgentHub();
            const id = (await hub.invoke('GetQueue'))[0].id;
            await hub.invoke('Claim', id);
            let overview = 'allowed';
            try { await hub.invoke('GetOverview'); } catch { overview = 'refused'; }
            const moved = await hub.invoke('Transfer', id, 'sanne@webcarehub.example');
            let afterwards = 'sent';
            try { await hub.invoke('Send', id, 'nog van Anna'); } catch { afterwards = 'refused'; }
            return { id, overview, moved, afterwards };
        }");
        await sanne.WaitForFunctionAsync("() => window.assigned.length > 0", null, new() { Timeout = 10_000 });
        var overview = await sanne.EvaluateAsync<JsonElement>(@"async () => {
            await window.hub.invoke('Send', window.assigned[0], 'Hallo, ik ben Sanne.');
            return await window.hub.invoke('GetOverview');
        }");

        Assert.Equal("refused", annaResult.GetProperty("overview").GetString());
        Assert.True(annaResult.GetProperty("moved").GetBoolean());
        Assert.Equal("refused", annaResult.GetProperty("afterwards").GetString());
        var chat = overview.GetProperty("chats").EnumerateArray().Single();
        Assert.Equal("Sanne", chat.GetProperty("agentName").GetString());
        Assert.Contains(overview.GetProperty("agents").EnumerateArray(), a => a.GetProperty("name").GetString() == "Sanne" && a.GetProperty("openChats").GetInt32() == 1);
        var history = (await customer.GetActivitiesAsync(session)).Activities;
        Assert.Contains(history, a => a.Text == "Hallo, ik ben Sanne." && a.From!.Name == "Sanne");
        Assert.DoesNotContain(history, a => a.Text == "nog van Anna");
    }

    [Fact]
    public async Task Agents_CannotReadOrWriteAChatThatIsNotTheirs_AndWaitingCustomersHearTheirNewPlace()
    {
        await using var app = new WebcareAppFactory();
        var (customer, _) = await VerifiedCustomerAsksForAPersonAsync(app);
        var second = await customer.StartConversationAsync();
        await customer.SayAsync(second, "ik wil iemand spreken");
        var anna = await AgentPageAsync(app);
        var bram = await AgentPageAsync(app, "bram@webcarehub.example", "Bram");

        var annaResult = await anna.EvaluateAsync<string[]>(@"async () => {
            const hub = await connectAgentHub();
            const id = (await hub.invoke('GetQueue'))[0].id;
            await hub.invoke('Claim', id);
            window.claimed = id;
            let zero = 'accepted';
            try { await hub.invoke('RecordArrangement', id, 0); } catch (e) { zero = e.message.includes('more than zero') ? 'refused' : e.message; }
            return [String(id), zero,
                await hub.invoke('RecordArrangement', id, 1000),
                await hub.invoke('RecordArrangement', id, 5000),
                await hub.invoke('RecordArrangement', id, 999999999),
                await hub.invoke('RecordArrangement', id, 20000)];
        }");
        var bramResult = await bram.EvaluateAsync<string[]>(@"async (id) => {
            const hub = await connectAgentHub();
            const refused = async call => { try { await call(); return 'allowed'; } catch { return 'refused'; } };
            return [await refused(() => hub.invoke('GetChat', id)), await refused(() => hub.invoke('Send', id, 'hoi')),
                    await refused(() => hub.invoke('AddNote', id, 'x'))];
        }", int.Parse(annaResult[0]));

        Assert.Equal(["refused", "BelowMinimum", "TooLong", "OneInstalment", "Recorded"], annaResult[1..]);
        Assert.Equal(["refused", "refused", "refused"], bramResult);
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentArrangements.CountAsync()));
        var place = (await customer.GetActivitiesAsync(second)).Activities.Last(a => a.Name == "handoff.status");
        Assert.Equal("Je bent nu nummer 1 in de rij.", (string?)place.Value!["message"]);
    }

    private static Task<(DirectLineTestClient Client, Session Session)> CustomerAsksForAPersonAsync(WebcareAppFactory app) =>
        SayingAsync(app, "ik wil iemand spreken");

    private static async Task<(DirectLineTestClient Client, Session Session)> VerifiedCustomerAsksForAPersonAsync(WebcareAppFactory app)
    {
        await app.SeedInvoiceAsync();
        return await SayingAsync(app, "Mijn factuur bekijken", "F2026-00012", "1234 AB", "ik wil iemand spreken");
    }

    private static async Task<(DirectLineTestClient Client, Session Session)> SayingAsync(WebcareAppFactory app, params string[] lines)
    {
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        foreach (var line in lines) await customer.SayAsync(session, line);
        return (customer, session);
    }

    /// <summary>Waits (bounded) for something another process or thread finishes.</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail("The condition did not hold within 5 s");
    }

    private async Task<IPage> AgentPageAsync(WebcareAppFactory app, string email = "anna@webcarehub.example", string name = "Anna",
        string role = StaffRoles.Agent)
    {
        var context = await browser.SignedInAsync(app, email, name, role);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login/");
        await page.AddScriptTagAsync(new() { Url = "/lib/signalr.min.js" });
        // Not an inline script tag: the page's Content-Security-Policy (rightly) refuses those.
        await page.EvaluateAsync("() => { window.connectAgentHub = async () => { " +
            "const hub = new signalR.HubConnectionBuilder().withUrl('/hubs/agent').build(); await hub.start(); return hub; }; }");
        return page;
    }
}
