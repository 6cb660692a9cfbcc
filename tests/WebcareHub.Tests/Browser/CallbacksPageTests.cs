using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>The call-back list in a browser: one agent claims a task, a colleague cannot, words the customer adds in the chat
/// are read before the close, and the closed task shows its outcome.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CallbacksPageTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task AgentClaims_ColleagueCannot_AddedWordsAreReadFirst_AndTheOutcomeIsKept()
    {
        await using var app = WebcareAppFactory.ClosedToday();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.LeaveMessageAsync(session, "Bel me morgen na 10 uur over de brief");
        var (anna, annaBlocked) = await PageAsync(app, "anna@webcarehub.example", "Anna", "/callbacks/");
        var (bram, _) = await PageAsync(app, "bram@webcarehub.example", "Bram", "/callbacks/?lang=en");

        var annaRow = anna.Locator("#tasks tr").Filter(new() { HasText = "Bel me morgen na 10 uur over de brief" });
        await annaRow.GetByText("Bericht", new() { Exact = true }).WaitForAsync(Visible);
        Assert.Equal("geen nummer", await annaRow.Locator("td.phone").InnerTextAsync());
        await annaRow.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        // Claimed: the outcome field takes the focus, and the claim button is gone.
        var outcome = annaRow.GetByRole(AriaRole.Textbox, new() { Name = "Uitkomst van het gesprek" });
        await outcome.WaitForAsync(Visible);
        Assert.True(await outcome.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Equal(0, await annaRow.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).CountAsync());

        // The list is drawn again every 30 seconds: words being typed in the outcome field, and its focus, stay.
        await outcome.FillAsync("Gebeld, nog bez");
        var drawnBefore = await outcome.ElementHandleAsync();
        await anna.Clock.FastForwardAsync("00:31");
        await anna.WaitForFunctionAsync("e => !e.isConnected", drawnBefore);
        Assert.Equal("Gebeld, nog bez", await outcome.InputValueAsync());
        Assert.True(await outcome.EvaluateAsync<bool>("e => e === document.activeElement"));

        // Bram's page was drawn before Anna's claim: his click is refused in words, and his list then shows it is Anna's.
        var bramRow = bram.Locator("#tasks tr").Filter(new() { HasText = "Bel me morgen na 10 uur over de brief" });
        await bramRow.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await bram.Locator("#message").GetByText("A colleague took this task already.").WaitForAsync(Visible);
        await bramRow.GetByText("Anna", new() { Exact = true }).WaitForAsync(Visible);
        Assert.Equal(0, await bramRow.GetByRole(AriaRole.Textbox).CountAsync());

        // While Anna dials, the customer adds a number in the chat: her close is refused until she has seen it.
        await customer.SayAsync(session, "Met een medewerker praten");
        await customer.SayAsync(session, "ja");
        await customer.SayAsync(session, "liever op 0612345678");
        await outcome.FillAsync("Gebeld, brief uitgelegd");
        await annaRow.GetByRole(AriaRole.Button, new() { Name = "Afgerond" }).ClickAsync();
        await anna.Locator("#message").GetByText("De klant heeft sindsdien iets toegevoegd", new() { Exact = false }).WaitForAsync(Visible);
        await annaRow.GetByText("liever op 0612345678").WaitForAsync(Visible);
        Assert.Equal("0612345678", await annaRow.Locator("td.phone").InnerTextAsync());
        Assert.Null(await app.QueryAsync(db => db.CallbackTasks.Select(t => t.DoneAt).SingleAsync()));

        await outcome.FillAsync("Gebeld op 06, brief uitgelegd");
        await outcome.PressAsync("Enter");
        await anna.Locator("#empty").GetByText("Geen taken.").WaitForAsync(Visible);
        await anna.Locator("#show-done").CheckAsync();
        await anna.Locator("#tasks tr").GetByText("Anna: Gebeld op 06, brief uitgelegd").WaitForAsync(Visible);
        Assert.Equal("Gebeld op 06, brief uitgelegd", await app.QueryAsync(db => db.CallbackTasks.Select(t => t.Outcome).SingleAsync()));
        Assert.Empty(annaBlocked);
    }

    private async Task<(IPage Page, List<string> Blocked)> PageAsync(WebcareAppFactory app, string email, string name, string url)
    {
        var context = await browser.SignedInAsync(app, email, name, StaffRoles.Agent, new() { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var blocked = CspViolations.Watch(page);
        await page.Clock.InstallAsync(new() { TimeDate = app.Clock.GetUtcNow().UtcDateTime });
        await page.GotoAsync(url);
        return (page, blocked);
    }
}
