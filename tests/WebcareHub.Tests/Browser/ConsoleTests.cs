using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>A customer in Web Chat and an agent in the console, in two browser contexts at once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task Agent_TakesOverFromTheBot_TheyTalkBothWaysWithTyping_TheAgentRecordsAPromiseAndCloses()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync("anna@webcarehub.example", "Anna", StaffLogin.Password, [StaffRoles.Agent]);

        await using var customerContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var customer = await customerContext.NewPageAsync();
        var blocked = CspViolations.Watch(customer);
        await customer.GotoAsync("/");
        var sendBox = customer.Locator("[data-id='webchat-sendbox-input']");
        await customer.GetByText(Texts.Variations("welcome", "menu-intro", "nl")[0]).First.WaitForAsync(Visible);
        foreach (var line in new[] { "Mijn factuur bekijken", "F2026-00012", "1234 AB" })
        {
            await sendBox.FillAsync(line);
            await sendBox.PressAsync("Enter");
            await customer.Locator(".webchat__bubble").Filter(new() { HasText = line }).First.WaitForAsync(Visible);
        }
        await customer.GetByText("nog te betalen", new() { Exact = false }).First.WaitForAsync(Visible);
        await sendBox.FillAsync("Ik wil iemand spreken");
        await sendBox.PressAsync("Enter");
        await customer.GetByText("Je bent nummer 1 in de rij.", new() { Exact = false }).First.WaitForAsync(Visible);

        await using var agentContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        Assert.True((await agentContext.APIRequest.PostAsync("/api/auth/login",
            new() { DataObject = new { email = "anna@webcarehub.example", password = StaffLogin.Password } })).Ok);
        var agent = await agentContext.NewPageAsync();
        var agentBlocked = CspViolations.Watch(agent);
        await agent.GotoAsync("/console/");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Overnemen" }).First.ClickAsync();
        await agent.Locator("#transcript").GetByText("Ik wil iemand spreken").WaitForAsync(Visible);

        await customer.Locator("#chat-notice").GetByText("Anna neemt het gesprek over.").WaitForAsync(Visible);
        await agent.Locator("#reply-text").PressSequentiallyAsync("Hallo");
        await customer.Locator(".webchat__typing-indicator").First.WaitForAsync(Visible);
        await agent.Locator("#reply-text").FillAsync("Hallo, ik ben Anna. Waarmee kan ik je helpen?");
        await agent.Locator("#reply button").ClickAsync();
        await customer.GetByText("Hallo, ik ben Anna. Waarmee kan ik je helpen?").First.WaitForAsync(Visible);

        await sendBox.PressSequentiallyAsync("Ik wil graag");
        await agent.Locator("#typing").WaitForAsync(Visible);
        await sendBox.FillAsync("Ik wil graag in termijnen betalen");
        await sendBox.PressAsync("Enter");
        await agent.Locator("#transcript").GetByText("Ik wil graag in termijnen betalen").WaitForAsync(Visible);

        await agent.Locator("#context").GetByText("F2026-00012", new() { Exact = false }).WaitForAsync(Visible);
        await agent.Locator("#promise-day").FillAsync("2026-12-04");
        await agent.Locator("#promise button").ClickAsync();
        await agent.Locator("#status").GetByText("Betaalafspraak vastgelegd.").WaitForAsync(Visible);
        await agent.Locator("#outcome").SelectOptionAsync("promise");
        await agent.Locator("#close button").ClickAsync();
        await customer.Locator("#chat-notice").GetByText(Texts.Variations("handoff", "completed", "nl")[0]).WaitForAsync(Visible);

        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.Resolved, "promise"), (handoff.Status, handoff.Outcome));
        Assert.Equal(new DateOnly(2026, 12, 4), (await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync())).PromisedOn);
        var key = WebcareHub.Conversations.ConversationKey.DirectLineId(handoff.ConversationKey);
        var texts = await app.QueryAsync(db => db.Activities.AsNoTracking().Where(a => a.ConversationId == key && a.Type == "message")
            .OrderBy(a => a.Sequence).Select(a => a.Json).ToListAsync());
        var order = new[] { "Ik wil iemand spreken", "Hallo, ik ben Anna.", "Ik wil graag in termijnen betalen" }
            .Select(t => texts.FindIndex(j => j.Contains(t))).ToList();
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
        Assert.Empty(blocked);
        Assert.Empty(agentBlocked);
    }
}
