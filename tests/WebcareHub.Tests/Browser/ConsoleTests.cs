using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using WebcareHub.Handoff;
using WebcareHub.Staff;
using WebcareHub.Tests.Channels.DirectLine;
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
    private const string AtLatestLine =
        "() => { const t = document.getElementById('transcript'); return t.scrollHeight > t.clientHeight && t.scrollTop + t.clientHeight >= t.scrollHeight - 2; }";

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
        await agent.GetByRole(AriaRole.Button, new() { Name = "Overnemen: chat van Sanne de Vries (Betwisting, Urgent)", Exact = true }).WaitForAsync(Visible);
        // Two unverified chats are told apart by their last words.
        await agent.GetByRole(AriaRole.Button, new() { Name = "Overnemen: chat van een niet-geverifieerde klant (Wil een medewerker, Normaal): “ik wil iemand spreken”", Exact = true }).WaitForAsync(Visible);
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
        // The transcript shows while the chat is still opening; the focus follows when it has opened.
        await agent.WaitForFunctionAsync("() => document.activeElement?.id === 'reply-text'", null, new() { Timeout = 5000 });
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
        // A screen reader names the agent, not "Bot W", for the agent's message; the bot's own messages by the bot's name.
        const string spokenName = @"text => {
            const rows = [...document.querySelectorAll('[aria-labelledby]')].filter(r => r.textContent.includes(text));
            return rows.length === 0 ? null : rows.map(r => r.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id)?.textContent ?? '').join(' ').replace(/\u200B/g, '').trim());
        }";
        // (every label Web Chat gives the message: while browsing and while moving through the transcript)
        var spoken = await customer.EvaluateAsync<string[]>(spokenName, "Hallo, ik ben Anna.");
        Assert.NotEmpty(spoken);
        Assert.All(spoken, name => Assert.StartsWith("Anna Jansen zei: Hallo, ik ben Anna.", name));
        Assert.All(await customer.EvaluateAsync<string[]>(spokenName, Texts.Variations("welcome", "menu-intro", "nl")[0][..15]),
            name => Assert.StartsWith("Webcare zei:", name));

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
        Assert.True(await agent.EvaluateAsync<bool>(AtLatestLine), "The transcript is not at its latest line after the promise was recorded");
        await ScreenshotAsync(agent, "console-chat.png");

        await agent.Keyboard.PressAsync("Alt+X");
        Assert.Equal("outcome", await agent.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("promise", await agent.Locator("#outcome").InputValueAsync()); // "Betaalafspraak gemaakt", chosen by the promise just recorded
        await agent.Keyboard.PressAsync("Tab");
        await agent.Keyboard.PressAsync("Enter");
        await agent.Locator("#tools").WaitForAsync(Hidden);
        await customer.Locator("#chat-notice").GetByText(Texts.Variations("handoff", "completed-agreed", "nl")[0]).WaitForAsync(Visible);
        await customer.Locator(".chat-title").GetByText("Chat met Webcare").WaitForAsync(Visible);

        var handoff = await app.QueryAsync(db => db.HandoffRequests.AsNoTracking().SingleAsync());
        Assert.Equal((HandoffStatus.Resolved, "promise"), (handoff.Status, handoff.Outcome));
        Assert.Equal(new DateOnly(2026, 12, 4), (await app.QueryAsync(db => db.PaymentPromises.AsNoTracking().SingleAsync())).PromisedOn);
        Assert.Empty(blocked);
        // Opening the chat (several times, with promises) logs no EF query warning (one query per collection).
        Assert.Equal(0, logs.Count("Microsoft.EntityFrameworkCore.Query", LogLevel.Warning));
    }

    [Fact]
    public async Task Agent_WorksSeveralChatsAtOnce_EachWithItsOwnDraftAndOutcome_AndGetsThemAllBackAfterAReload()
    {
        await using var app = new WebcareAppFactory();
        var (first, firstSession) = await SayAsync(app, "ik wil iemand spreken");
        var (second, secondSession) = await SayAsync(app, "mag ik een medewerker");
        var agent = await ConsolePageAsync(app, "anna@webcarehub.example", "Anna Jansen", StaffRoles.Agent);
        var tabs = agent.Locator("#mine button.chat-tab");

        // First chat: claimed by keyboard, a reply started but not sent, an outcome chosen.
        await agent.Locator("#queue > li").Nth(1).WaitForAsync(Visible);
        await agent.Keyboard.PressAsync("n");
        await agent.Locator("#transcript").GetByText("ik wil iemand spreken").WaitForAsync(Visible);
        // Typed before the focus reaches the reply box, the "n" of "concept" would take the next chat (a shortcut).
        await agent.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'reply-text'", null, new() { Timeout = 20_000 });
        await agent.Keyboard.TypeAsync("concept voor de eerste klant");
        await agent.Locator("#outcome").SelectOptionAsync("back-to-bot");
        // Second chat: the draft and the outcome of the first stay behind.
        await agent.Locator("#queue button").First.ClickAsync();
        await agent.Locator("#transcript").GetByText("mag ik een medewerker").WaitForAsync(Visible);
        await tabs.Nth(1).WaitForAsync(Visible);
        Assert.Equal("", await agent.Locator("#reply-text").InputValueAsync());
        Assert.Equal("answered", await agent.Locator("#outcome").InputValueAsync());

        // The first customer writes while the second chat is on screen: not lost, counted on the first chat's tab.
        await first.SayAsync(firstSession, "hallo, ben je daar nog?");
        await tabs.Nth(0).Locator(".unread").GetByText("1 nieuw bericht").WaitForAsync(Visible);
        Assert.DoesNotContain("ben je daar nog", await agent.Locator("#transcript").InnerTextAsync());

        // A canned answer chosen with Enter joins the draft at the cursor and is not sent; then a status, replaced by an error.
        await agent.Locator("#reply-text").FillAsync("Hoi!");
        await agent.Keyboard.PressAsync("Alt+K");
        await agent.Keyboard.TypeAsync("Begroeting");
        await agent.Keyboard.PressAsync("Enter");
        const string canned = "Hallo, ik ben een medewerker van Incasso & Co. Ik heb ons gesprek gelezen. Waarmee kan ik je helpen?";
        Assert.Equal("Hoi! " + canned, await agent.Locator("#reply-text").InputValueAsync());
        // The transcript shows while the chat is still opening; the focus follows when it has opened.
        await agent.WaitForFunctionAsync("() => document.activeElement?.id === 'reply-text'", null, new() { Timeout = 5000 });
        await agent.Locator("#status").GetByText("Standaardantwoord staat in het antwoordveld", new() { Exact = false }).WaitForAsync(Visible);
        Assert.DoesNotContain((await second.GetActivitiesAsync(secondSession)).Activities, a => a.Text == canned || a.Text == "Hoi! " + canned);
        await agent.Locator("#note-text").PressAsync("Enter"); // an empty note
        await agent.Locator("#error").GetByText("Typ eerst een notitie.").WaitForAsync(Visible);
        Assert.True(await agent.Locator("#status").IsHiddenAsync());
        // Line breaks stay.
        await agent.Locator("#reply-text").FillAsync("");
        await agent.Locator("#reply-text").PressSequentiallyAsync("regel een");
        await agent.Keyboard.PressAsync("Shift+Enter");
        await agent.Keyboard.TypeAsync("regel twee");
        await agent.Keyboard.PressAsync("Enter");
        var sent = agent.Locator("#transcript li.agent").Filter(new() { HasText = "regel een" });
        await sent.WaitForAsync(Visible);
        Assert.Equal("regel een\nregel twee", await sent.Locator(".text").InnerTextAsync());
        Assert.Contains("Anna Jansen", await sent.Locator(".who").InnerTextAsync());

        // Alt+1: back to the first chat, with its message, its draft and its outcome.
        await agent.Keyboard.PressAsync("Alt+1");
        await agent.Locator("#transcript").GetByText("hallo, ben je daar nog?").WaitForAsync(Visible);
        Assert.Equal("concept voor de eerste klant", await agent.Locator("#reply-text").InputValueAsync());
        Assert.Equal("back-to-bot", await agent.Locator("#outcome").InputValueAsync());
        Assert.Equal(0, await tabs.Nth(0).Locator(".unread").CountAsync());
        Assert.Equal("true", await tabs.Nth(0).GetAttributeAsync("aria-current"));

        // A file the customer sends arrives as a download for this agent (who else may open it: ChatFileTests).
        (await UploadTests.UploadAsync(first, firstSession, ("betaalbewijs.png", "image/png", UploadTests.Png))).EnsureSuccessStatusCode();
        var file = agent.Locator("#transcript li.user .files a").Filter(new() { HasText = "betaalbewijs.png" });
        await file.WaitForAsync(Visible);
        var download = await agent.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.Equal("betaalbewijs.png", download.SuggestedFilename);
        Assert.Equal(UploadTests.Png, await File.ReadAllBytesAsync(await download.PathAsync()));

        // Many lines later, a reload: both chats are back, the one on screen opens at its latest line.
        for (var i = 1; i <= 25; i++) await first.SayAsync(firstSession, $"regel {i} van een lang verhaal");
        await agent.Locator("#transcript").GetByText("regel 25 van een lang verhaal").WaitForAsync(Visible);
        await agent.ReloadAsync();
        await tabs.Nth(1).WaitForAsync(Visible);
        await agent.Locator("#transcript").GetByText("regel 25 van een lang verhaal").WaitForAsync(Visible);
        Assert.Equal(2, await tabs.CountAsync());
        Assert.Equal(1, await agent.Locator("#transcript li.user .files a").CountAsync());
        Assert.True(await agent.EvaluateAsync<bool>(AtLatestLine));
        Assert.Equal("concept voor de eerste klant", await agent.Locator("#reply-text").InputValueAsync());
        await AssertAccessibleAsync(agent);
    }

    private static async Task<(DirectLineTestClient Client, Session Session)> SayAsync(WebcareAppFactory app, params string[] lines)
    {
        var client = app.CreateDirectLineClient();
        var session = await client.StartConversationAsync();
        foreach (var line in lines) await client.SayAsync(session, line);
        return (client, session);
    }

    /// <summary>The console of a signed-in staff member, at 1280×800, with the page's clock two minutes after the app's.</summary>
    private async Task<IPage> ConsolePageAsync(WebcareAppFactory app, string email, string name, string role)
    {
        var context = await browser.SignedInAsync(app, email, name, role, new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "nl-NL" });
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
