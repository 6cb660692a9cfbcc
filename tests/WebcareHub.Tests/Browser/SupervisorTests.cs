using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>The supervisor's part of the console: live without polling, reading along, reassigning, the queue over time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisorTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task Supervisor_SeesClaimsLive_ReadsAlongReadOnly_AndReassignsAChat()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.SayAsync(session, "ik wil iemand spreken");
        await customer.SayAsync(session, "het gaat over mijn energierekening");
        await app.Services.GetRequiredService<QueueHistory>().SampleAsync();
        await AddStaffAsync(app, "bram@webcarehub.example", "Bram", StaffRoles.Agent);
        var anna = await PageAsync(app, "anna@webcarehub.example", "Anna", StaffRoles.Agent);
        var bram = await PageAsync(app, "bram@webcarehub.example", "Bram", StaffRoles.Agent);
        var sara = await PageAsync(app, "sara@webcarehub.example", "Sara", StaffRoles.Admin);

        await sara.Locator("#overview-longest").GetByText("Langste wachttijd", new() { Exact = false }).WaitForAsync(Visible);
        Assert.Equal(1, await sara.Locator("#queue-chart polyline").CountAsync());
        await sara.Locator("#overview-agents").GetByText("Anna · online · 0 gesprekken").WaitForAsync(Visible);
        Assert.Equal(["4 uur geleden", "nu"], await sara.Locator("#chart-axis span").AllInnerTextsAsync());
        // At 1280 px the header with every admin link stays one line.
        await sara.Locator("#payments-link").WaitForAsync(Visible);
        var header = await sara.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 60, $"The header is {header.Height} px high");

        // Anna claims: the supervisor's view follows at once (the console no longer polls).
        await anna.Locator("#queue button").First.ClickAsync();
        await anna.Locator("#tools").WaitForAsync(Visible);
        await sara.Locator("#overview-agents").GetByText("Anna · online · 1 gesprek").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
        await sara.Locator("#overview-chats").GetByText("bij medewerker · Anna", new() { Exact = false }).WaitForAsync(Visible);

        await sara.Locator("#overview-chats").GetByRole(AriaRole.Button, new() { Name = "Meelezen met Anna: Wil een medewerker" }).ClickAsync();
        await sara.Locator("#transcript").GetByText("het gaat over mijn energierekening").WaitForAsync(Visible);
        Assert.True(await sara.Locator("#tools").IsHiddenAsync());
        Assert.Contains("meelezen", await sara.Locator("#context").InnerTextAsync());

        // Reading along is live: the customer's and the agent's new lines appear, and the tools stay hidden.
        await customer.SayAsync(session, "zijn jullie er nog?");
        await sara.Locator("#transcript li.user").GetByText("zijn jullie er nog?").WaitForAsync(Visible);
        await anna.Locator("#reply-text").FillAsync("Ja, ik kijk even mee.");
        await anna.Locator("#reply-text").PressAsync("Enter");
        await sara.Locator("#transcript li.agent").GetByText("Ja, ik kijk even mee.").WaitForAsync(Visible);
        Assert.True(await sara.Locator("#tools").IsHiddenAsync());
        Assert.Equal(0, await sara.Locator("#mine button").CountAsync());

        // Reassigning offers the colleagues who are online, by name (no e-mail address to type).
        var to = sara.Locator("#overview-chats select");
        Assert.Equal(["Bram"], await to.Locator("option").AllInnerTextsAsync());
        await to.SelectOptionAsync("bram@webcarehub.example");
        await sara.Locator("#overview-chats").GetByRole(AriaRole.Button, new() { Name = "Toewijzen" }).ClickAsync();
        await bram.Locator("#transcript").GetByText("het gaat over mijn energierekening").WaitForAsync(Visible);
        await anna.Locator("#status").GetByText("Een leidinggevende heeft dit gesprek aan een collega gegeven.").WaitForAsync(Visible);
        Assert.True(await anna.Locator("#tools").IsHiddenAsync());
        var bramId = await app.QueryAsync(db => db.Users.Where(u => u.Email == "bram@webcarehub.example").Select(u => u.Id).SingleAsync());
        Assert.Equal((HandoffStatus.WithAgent, bramId), await app.QueryAsync(db => db.HandoffRequests.Select(h => ValueTuple.Create(h.Status, h.AgentId!)).SingleAsync()));
    }

    private static async Task AddStaffAsync(WebcareAppFactory app, string email, string name, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, name, StaffLogin.Password, [role]);
    }

    private async Task<IPage> PageAsync(WebcareAppFactory app, string email, string name, string role)
    {
        var context = await browser.SignedInAsync(app, email, name, role, new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/console/");
        await page.Locator("#me").GetByText(name, new() { Exact = false }).WaitForAsync(Visible);
        return page;
    }
}
