using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>
/// A customer in Web Chat and an agent in the console, in two browser contexts at once. Few tests, each a whole
/// flow (the machine is small): the queue, and a chat from claim to close by keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };
    private static readonly LocatorWaitForOptions Hidden = new() { State = WaitForSelectorState.Hidden, Timeout = 20_000 };

    [Fact]
    public async Task Queue_TellsACrisisADisputeAndAPlainRequestApart_AndAHubErrorShowsInWords()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await SayAsync(app, "ik wil iemand spreken");
        await SayAsync(app, "Mijn factuur bekijken", "F2026-00012", "1234 AB", "deze factuur klopt niet", "ik heb het abonnement in juni al opgezegd");
        await SayAsync(app, "Mijn factuur bekijken", "eerlijk gezegd wil ik niet meer leven");
        var agent = await ConsolePageAsync(app, "anna@webcarehub.example", "Anna", StaffRoles.Agent);

        var rows = agent.Locator("#queue > li");
        await rows.Nth(2).WaitForAsync(Visible);
        Assert.Equal(3, await rows.CountAsync());
        var crisis = rows.Nth(0);
        Assert.Contains("urgency-Top", await crisis.GetAttributeAsync("class"));
        Assert.Contains("Crisis", await crisis.Locator(".badge").InnerTextAsync());
        Assert.Equal("niet geverifieerd", await crisis.Locator(".name").InnerTextAsync());
        Assert.Contains("CRISIS (113)", await crisis.Locator(".reason").InnerTextAsync());
        Assert.Equal("eerlijk gezegd wil ik niet meer leven", await crisis.Locator(".last-words").InnerTextAsync());
        var dispute = rows.Nth(1);
        Assert.Contains("urgency-High", await dispute.GetAttributeAsync("class"));
        Assert.Equal("Sanne de Vries", await dispute.Locator(".name").InnerTextAsync());
        Assert.Contains("Betwisting", await dispute.Locator(".reason").InnerTextAsync());
        Assert.Contains("WoonStroom", await dispute.Locator(".reason").InnerTextAsync());
        Assert.Equal("ik heb het abonnement in juni al opgezegd", await dispute.Locator(".last-words").InnerTextAsync());
        var plain = rows.Nth(2);
        Assert.Contains("urgency-Normal", await plain.GetAttributeAsync("class"));
        Assert.Contains("Wil een medewerker", await plain.Locator(".reason").InnerTextAsync());
        Assert.Equal("ik wil iemand spreken", await plain.Locator(".last-words").InnerTextAsync());
        // Whose chat each button takes, for a screen reader; the count in the title and per urgency.
        await agent.GetByRole(AriaRole.Button, new() { Name = "Overnemen: chat van Sanne de Vries (Betwisting, Urgent)" }).WaitForAsync(Visible);
        Assert.StartsWith("(3) ", await agent.TitleAsync());
        Assert.Equal(["⚠ Crisis: 1", "▲ Urgent: 1", "• Normaal: 1"], await agent.Locator("#queue-summary .count").AllInnerTextsAsync());
        Assert.Equal("polite", await agent.Locator("#queue-announce").GetAttributeAsync("aria-live"));
        // The follow-up jobs' status line (issue 10), the same words as the call-back list.
        await agent.Locator("#follow-ups-status").GetByText("open terugbelverzoeken:", new() { Exact = false }).WaitForAsync(Visible);
        // The waiting time ticks while the agent looks.
        var before = await plain.Locator(".wait").InnerTextAsync();
        await agent.WaitForFunctionAsync($"() => document.querySelector('#queue > li:nth-child(3) .wait').textContent !== {System.Text.Json.JsonSerializer.Serialize(before)}",
            null, new() { Timeout = 5_000 });
        // No tools without an open chat.
        Assert.True(await agent.Locator("#tools").IsHiddenAsync());
        await AssertAccessibleAsync(agent);
        await ScreenshotAsync(agent, "console-queue.png");

        // A new arrival is announced to screen readers.
        await SayAsync(app, "Mijn factuur bekijken", "F2026-00012", "1234 AB", "ik wil een medewerker");
        await agent.Locator("#queue-announce").GetByText("Nieuwe chat in de wachtrij: Normaal, Wil een medewerker, Sanne de Vries").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 20_000 });

        await crisis.GetByRole(AriaRole.Button).ClickAsync();
        await agent.Locator("#tools").WaitForAsync(Visible);
        // The bot's markdown is rendered as elements (its bold 113 line), never as raw asterisks.
        await agent.Locator("#transcript li.bot strong").First.WaitForAsync(Visible);
        Assert.DoesNotContain("**", await agent.Locator("#transcript").InnerTextAsync());
        Assert.True(await agent.Locator("#verified-tools").IsHiddenAsync()); // no agreements for an unverified customer
        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync(h => h.Status == HandoffStatus.WithAgent));
        await app.QueryAsync(db => db.HandoffRequests.Where(h => h.Id == handoff.Id).ExecuteUpdateAsync(s => s.SetProperty(h => h.AgentId, "someone-else")));
        await agent.Locator("#reply-text").FillAsync("Hallo");
        await agent.Locator("#reply-text").PressAsync("Enter");
        await agent.Locator("#error").GetByText("Dit gesprek is niet (meer) van jou.").WaitForAsync(Visible);
    }

    [Fact]
    public async Task Agent_ByKeyboardOnly_ClaimsRepliesRecordsAPromiseAndCloses_TheCustomerSeesWhoHelpsAndWhatWasAgreed()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        var logs = LogSink.AttachTo(app);
        await using var customerContext = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var customer = await customerContext.NewPageAsync();
        var blocked = CspViolations.Watch(customer);
        await customer.GotoAsync("/");
        var sendBox = customer.Locator("[data-id='webchat-sendbox-input']");
        await customer.GetByText(Texts.Variations("welcome", "menu-intro", "nl")[0]).First.WaitForAsync(Visible);
        Assert.Equal("Typ je bericht", await sendBox.GetAttributeAsync("placeholder"));
        await AssertAccessibleAsync(customer);
        await sendBox.FillAsync("Ik wil iemand spreken");
        await sendBox.PressAsync("Enter");
        await customer.GetByText("Je bent nummer 1 in de rij.", new() { Exact = false }).First.WaitForAsync(Visible);

        var agent = await ConsolePageAsync(app, "anna@webcarehub.example", "Anna Jansen", StaffRoles.Agent);
        await agent.Locator("#queue > li").First.WaitForAsync(Visible);
        Assert.True(await agent.Locator("#tools").IsHiddenAsync());
        await agent.Keyboard.PressAsync("?");
        await agent.Locator("#shortcuts").GetByText("volgende chat overnemen").WaitForAsync(Visible);
        await agent.Keyboard.PressAsync("Escape");
        await agent.Locator("#shortcuts").WaitForAsync(Hidden);
        await agent.Keyboard.PressAsync("n");
        await agent.Locator("#transcript").GetByText("Ik wil iemand spreken").WaitForAsync(Visible);
        Assert.Equal("reply-text", await agent.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Contains("niet geverifieerd", await agent.Locator("#context .badge.unverified").InnerTextAsync());
        Assert.True(await agent.Locator("#verified-tools").IsHiddenAsync()); // no agreements before the customer is verified
        Assert.True(await agent.Locator("#unverified-tools").IsVisibleAsync());

        await customer.Locator(".chat-title").GetByText("Anna Jansen helpt je").WaitForAsync(Visible);
        await agent.Keyboard.TypeAsync("Hallo, ik ben Anna. Waarmee kan ik je helpen?");
        await agent.Keyboard.PressAsync("Enter");
        var fromAnna = customer.Locator(".webchat__bubble").Filter(new() { HasText = "Hallo, ik ben Anna." });
        await fromAnna.First.WaitForAsync(Visible);
        await customer.Locator(".agent-name").GetByText("Anna Jansen").First.WaitForAsync(Visible);
        Assert.Equal("AJ", await customer.Locator(".agent-avatar").First.InnerTextAsync());

        // A customer's message is text, never markup.
        await sendBox.FillAsync("<img src=x onerror=\"window.hacked=1\"> ik betaal 4 december");
        await sendBox.PressAsync("Enter");
        await agent.Locator("#transcript li.user").GetByText("<img src=x onerror=\"window.hacked=1\"> ik betaal 4 december").WaitForAsync(Visible);
        Assert.Equal(0, await agent.Locator("#transcript img").CountAsync());
        Assert.False(await agent.EvaluateAsync<bool>("() => 'hacked' in window"));

        // The bot verifies the customer inside the live chat; the agent hears the outcome.
        await agent.Locator("#verify").ClickAsync();
        await customer.GetByText(Texts.Variations("verify", "ask-invoice", "nl")[0]).First.WaitForAsync(Visible);
        foreach (var line in new[] { "F2026-00012", "1234 AB" })
        {
            await sendBox.FillAsync(line);
            await sendBox.PressAsync("Enter");
            await customer.Locator(".webchat__bubble").Filter(new() { HasText = line }).First.WaitForAsync(Visible);
        }
        await agent.Locator("#status").GetByText("De klant is geverifieerd. Je kunt nu afspraken vastleggen.").WaitForAsync(Visible);
        await agent.Locator("#context").GetByText("Sanne de Vries").WaitForAsync(Visible);
        Assert.Contains("geverifieerd", await agent.Locator("#context .badge.verified").InnerTextAsync());
        Assert.Contains("in incasso", await agent.Locator("#context").InnerTextAsync());
        Assert.True(await agent.Locator("#verified-tools").IsVisibleAsync());
        // Back with the agent: the customer's next words reach the console, not the bot.
        await sendBox.FillAsync("Dank je, ik kan op 4 december betalen");
        await sendBox.PressAsync("Enter");
        await agent.Locator("#transcript li.user").GetByText("Dank je, ik kan op 4 december betalen").WaitForAsync(Visible);

        await agent.Locator("#promise-day").FillAsync("2026-12-04");
        await agent.Locator("#promise-day").PressAsync("Enter");
        await agent.Locator("#status").GetByText("Vastgelegd en aan de klant bevestigd.").WaitForAsync(Visible);
        await agent.Locator("#context").GetByText("uiterlijk 4 december 2026 · loopt", new() { Exact = false }).WaitForAsync(Visible);
        var confirmation = Texts.Variations("payment-promise", "recorded", "nl")[0].Replace("{open}", "€ 1.162,34").Replace("{promiseDate}", "vrijdag 4 december");
        await customer.Locator(".webchat__bubble").Filter(new() { HasText = confirmation }).First.WaitForAsync(Visible);
        await ScreenshotAsync(agent, "console-chat.png");

        await agent.Keyboard.PressAsync("Alt+X");
        Assert.Equal("outcome", await agent.EvaluateAsync<string>("() => document.activeElement.id"));
        await agent.Keyboard.PressAsync("ArrowDown"); // "Betaalafspraak gemaakt"
        await agent.Keyboard.PressAsync("Tab");
        await agent.Keyboard.PressAsync("Enter");
        await agent.Locator("#tools").WaitForAsync(Hidden);
        await customer.Locator("#chat-notice").GetByText(Texts.Variations("handoff", "completed", "nl")[0]).WaitForAsync(Visible);
        await customer.Locator(".chat-title").GetByText("Chat met Webcare").WaitForAsync(Visible);

        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.Resolved, "promise"), (handoff.Status, handoff.Outcome));
        Assert.Equal(new DateOnly(2026, 12, 4), (await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync())).PromisedOn);
        Assert.Empty(blocked);
        // Opening the chat (several times, with promises) logs no EF query warning (one query per collection).
        Assert.Equal(0, logs.Count("Microsoft.EntityFrameworkCore.Query", LogLevel.Warning));
    }

    private static async Task SayAsync(WebcareAppFactory app, params string[] lines)
    {
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var line in lines) await client.SayAsync(session, line);
    }

    /// <summary>The console of a signed-in staff member, at 1280×800, with the page's clock two minutes after the app's.</summary>
    private async Task<IPage> ConsolePageAsync(WebcareAppFactory app, string email, string name, string role)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, name, StaffLogin.Password, [role]);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "nl-NL" });
        Assert.True((await context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { email, password = StaffLogin.Password } })).Ok);
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(2) });
        await page.GotoAsync("/console/");
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    /// <summary>Screenshots for the README: written to docs/ when UPDATE_SCREENSHOTS=1, else to the temp folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1" ? RepositoryDocs() : Path.GetTempPath();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
    }

    private static string RepositoryDocs()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WebcareHub.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("WebcareHub.sln not found"), "docs");
    }
}
