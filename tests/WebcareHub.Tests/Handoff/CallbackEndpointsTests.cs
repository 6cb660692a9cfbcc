using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Handoff;

/// <summary>The one call-back list: an out-of-hours message in the chat becomes a task; agents claim it (one wins) and close it with an outcome.</summary>
public sealed class CallbackEndpointsTests
{
    [Fact]
    public async Task OutOfHoursMessage_BecomesATask_ThatOneAgentClaimsAndCloses()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await LeaveMessageAsync(app, "Bel me morgen na 10 uur over de brief");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var bram = await app.CreateClientForAsync("bram@example.nl", StaffRoles.Agent);

        var open = await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/");
        var task = Assert.Single(open!);
        var annaClaims = await anna.PostAsync($"/api/callbacks/{task.Id}/claim", null);
        var bramClaims = await bram.PostAsync($"/api/callbacks/{task.Id}/claim", null);
        var bramCloses = await bram.PostAsJsonAsync($"/api/callbacks/{task.Id}/done", new { outcome = "gebeld" });
        var annaCloses = await anna.PostAsJsonAsync($"/api/callbacks/{task.Id}/done", new { outcome = "Gebeld, brief uitgelegd" });
        var done = await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/?done=true");

        Assert.Equal((CallbackReasons.Message, "Bel me morgen na 10 uur over de brief"), (task.Reason, task.Context));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.OK),
            (annaClaims.StatusCode, bramClaims.StatusCode, bramCloses.StatusCode, annaCloses.StatusCode));
        Assert.Equal("Gebeld, brief uitgelegd", Assert.Single(done!).Outcome);
        Assert.Empty((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        // The customer's hand-off is resolved with the task, so no second list still shows it.
        var handoff = await app.QueryAsync(db => db.HandoffRequests.Select(h => new { h.Status, h.Outcome }).SingleAsync());
        Assert.Equal((HandoffStatus.Resolved, "Gebeld, brief uitgelegd"), (handoff.Status, handoff.Outcome));
    }

    [Fact]
    public async Task Close_IsRefused_OverWordsTheCustomerAddedAfterTheClaim_UntilTheAgentReadThem()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await LeaveMessageAsync(app, "Bel me morgen na 10 uur over de brief");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var read = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        await anna.PostAsync($"/api/callbacks/{read.Id}/claim", null);

        // While Anna dials, the customer adds a number in the chat: it joins her task.
        var key = await app.QueryAsync(db => db.CallbackTasks.Select(t => t.ConversationKey!).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Handoffs>().RequestAsync(new HandoffAsk(key, "callback", HandoffUrgency.Normal,
                null, null, false, "nl", "liever op 0612345678", Callback: true), CancellationToken.None);
        }
        var overUnread = await anna.PostAsJsonAsync($"/api/callbacks/{read.Id}/done", new { outcome = "gebeld", contextLength = read.Context.Length });
        var reread = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        var afterReading = await anna.PostAsJsonAsync($"/api/callbacks/{read.Id}/done", new { outcome = "gebeld op 06", contextLength = reread.Context.Length });

        Assert.Equal(HttpStatusCode.Conflict, overUnread.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await overUnread.Content.ReadAsStringAsync());
        Assert.Equal("words-added", problem.RootElement.GetProperty("reason").GetString());
        Assert.Equal(("Bel me morgen na 10 uur over de brief\nliever op 0612345678", "0612345678"), (reread.Context, reread.Phone));
        Assert.Equal(HttpStatusCode.OK, afterReading.StatusCode);
    }

    /// <summary>Each refusal names its reason, so the page can say in words what happened.</summary>
    [Fact]
    public async Task Refusals_SayWhy_ClaimFirst_Taken_OrDone()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await LeaveMessageAsync(app, "Graag terugbellen over de brief");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var bram = await app.CreateClientForAsync("bram@example.nl", StaffRoles.Agent);
        var id = (await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!.Single().Id;
        var done = new { outcome = "gebeld" };

        var unclaimed = await ReasonAsync(await anna.PostAsJsonAsync($"/api/callbacks/{id}/done", done));
        await anna.PostAsync($"/api/callbacks/{id}/claim", null);
        var views = (Anna: (await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!.Single(),
            Bram: (await bram.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!.Single());
        var bramClaims = await ReasonAsync(await bram.PostAsync($"/api/callbacks/{id}/claim", null));
        var bramCloses = await ReasonAsync(await bram.PostAsJsonAsync($"/api/callbacks/{id}/done", done));
        (await anna.PostAsJsonAsync($"/api/callbacks/{id}/done", done)).EnsureSuccessStatusCode();
        var closedTwice = await ReasonAsync(await anna.PostAsJsonAsync($"/api/callbacks/{id}/done", done));
        var claimedWhenDone = await ReasonAsync(await bram.PostAsync($"/api/callbacks/{id}/claim", null));

        Assert.Equal(("claim-first", "taken", "taken", "done", "done"), (unclaimed, bramClaims, bramCloses, closedTwice, claimedWhenDone));
        Assert.Equal((true, false), (views.Anna.Mine, views.Bram.Mine));
    }

    private static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("reason").GetString();
    }

    [Fact]
    public async Task Callbacks_AreRefused_ToStaffWhoDoNotTakeChats()
    {
        await using var app = new WebcareAppFactory();
        var webcare = await app.CreateClientForAsync("wim@example.nl", StaffRoles.Webcare);

        Assert.Equal(HttpStatusCode.Forbidden, (await webcare.GetAsync("/api/callbacks/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateHttpClient().GetAsync("/api/callbacks/")).StatusCode);
    }

    [Fact]
    public async Task Done_IsRefused_WithoutAnOutcome_OrWithANegativeLength()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await LeaveMessageAsync(app, "Graag terugbellen");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var id = (await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!.Single().Id;
        await anna.PostAsync($"/api/callbacks/{id}/claim", null);

        var response = await anna.PostAsJsonAsync($"/api/callbacks/{id}/done", new { outcome = "" });
        var negativeLength = await anna.PostAsJsonAsync($"/api/callbacks/{id}/done", new { outcome = "gebeld", contextLength = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, negativeLength.StatusCode);
        Assert.Null(await app.QueryAsync(db => db.CallbackTasks.Select(t => t.DoneAt).SingleAsync()));
    }

    [Fact]
    public async Task CallBack_ForAGuest_AsksForANumber_AndTheListShowsIt()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Met een medewerker praten");
        await client.SayAsync(session, "ja");

        var asked = await client.RepliesAsync(session, "morgen na 10 uur");
        var noted = await client.RepliesAsync(session, "06-87654321");

        Assert.True(Texts.IsOneOf(asked[^1].Text, "handoff", "ask-phone", "nl"));
        Assert.StartsWith("Genoteerd.", noted[^1].Text);
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var task = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        Assert.Equal((CallbackReasons.CallbackRequest, "morgen na 10 uur · 06-87654321", "06-87654321"), (task.Reason, task.Context, task.Phone));
    }

    [Fact]
    public async Task CallBack_WithoutANumber_PromisesNoCall_AndLeavesAMessage()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.AskToBeCalledAsync(session, "morgen na 10 uur");

        var replies = await client.RepliesAsync(session, "dat geef ik liever niet");

        Assert.True(Texts.IsOneOfClosedToday(replies[^1].Text, "handoff", "no-phone"));
        Assert.DoesNotContain(replies, r => r.Text!.Contains("belt je", StringComparison.Ordinal));
        var task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.Message, "morgen na 10 uur"), (task.Reason, task.Context));

        // Asking again with a number turns the message into a call-back: still one task, now with the number.
        await client.AskToBeCalledAsync(session, "vrijdag op 0687654321");
        task = await app.QueryAsync(db => db.CallbackTasks.AsNoTracking().SingleAsync());
        Assert.Equal((CallbackReasons.CallbackRequest, "morgen na 10 uur\nvrijdag op 0687654321"), (task.Reason, task.Context));
    }

    [Fact]
    public async Task CallBack_ForAVerifiedCustomer_UsesTheNumberOnFile_WithoutAsking()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await app.SeedInvoiceAsync(number: "F2026-00777");
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "Mijn factuur bekijken");
        await client.SayAsync(session, "F2026-00777");
        await client.SayAsync(session, "1234 AB");
        await client.SayAsync(session, "Met een medewerker praten");
        await client.SayAsync(session, "ja");

        var noted = await client.RepliesAsync(session, "morgen na 10 uur");

        Assert.StartsWith("Genoteerd.", noted[^1].Text);
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var task = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        Assert.Equal(("F2026-00777", "0612345678"), (task.InvoiceNumber, task.Phone));
    }

    [Fact]
    public async Task Crisis_OutOfHours_IsFirstOnTheList_AsTheBotSaid()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        await LeaveMessageAsync(app, "Graag terugbellen over de brief");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.SayAsync(session, "ik wil niet meer leven");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);

        var tasks = (await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!;

        Assert.Equal([CallbackReasons.Crisis, CallbackReasons.Message], tasks.Select(t => t.Reason));
    }

    [Fact]
    public async Task CrisisOfSomeoneClose_OutOfHours_SaysWhenPeopleAreBack_AndIsOnTheListAsACrisis()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();

        var replies = await client.RepliesAsync(session, "mijn zoon zegt dat hij er een eind aan wil maken");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var task = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);

        Assert.True(Texts.IsOneOf(replies[0].Text, "crisis-relative", "worried", "nl"));
        Assert.StartsWith(Texts.Variations("crisis", "later", "nl")[0].Split("{backAt}")[0], replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(CallbackReasons.Crisis, task.Reason);
    }

    [Fact]
    public async Task SecondCallBack_AfterTheFirstWasDone_CarriesTheNumberGivenEarlier()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        await client.AskToBeCalledAsync(session, "morgen na 10 uur op 06-87654321");
        var anna = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);
        var first = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        await anna.PostAsync($"/api/callbacks/{first.Id}/claim", null);
        await anna.PostAsJsonAsync($"/api/callbacks/{first.Id}/done", new { outcome = "Gebeld" });

        var noted = await client.AskToBeCalledAsync(session, "vrijdag om 3 uur");

        Assert.StartsWith("Genoteerd.", noted[^1].Text);
        var second = Assert.Single((await anna.GetFromJsonAsync<List<CallbackView>>("/api/callbacks/"))!);
        Assert.Equal("06-87654321", second.Phone);
    }

    private static async Task LeaveMessageAsync(WebcareAppFactory app, string text)
    {
        var client = app.CreateDirectLineClient();
        await client.LeaveMessageAsync(await client.StartConversationAsync(), text);
    }
}
