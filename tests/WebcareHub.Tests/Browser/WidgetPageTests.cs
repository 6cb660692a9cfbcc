using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WidgetPageTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task WebChat_VerifiesShowsTheInvoiceAndRecordsAPromise_AndKeepsTheTranscriptAfterReload()
    {
        await using var app = new WebcareAppFactory();
        await app.SeedInvoiceAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var streams = new List<string>();
        page.WebSocket += (_, ws) => streams.Add(ws.Url);
        var blocked = CspViolations.Watch(page);

        await page.GotoAsync("/");
        await page.GetByText(Texts.Variations("welcome", "menu-intro", "nl")[0]).First.WaitForAsync(Visible);
        await SuggestedAction(page, "Mijn factuur bekijken").ClickAsync();
        await page.GetByText(Texts.Variations("verify", "ask-invoice", "nl")[0]).First.WaitForAsync(Visible);
        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("F2026-00012");
        await sendBox.PressAsync("Enter");
        await page.GetByText(Texts.Variations("verify", "ask-postcode", "nl")[0]).First.WaitForAsync(Visible);
        await sendBox.FillAsync("1234 AB");
        await sendBox.PressAsync("Enter");
        var total = page.Locator(".webchat__bubble").Filter(new() { HasText = "nog te betalen: € 1.162,34" });
        await total.WaitForAsync(Visible);

        await SuggestedAction(page, "Betaaldatum doorgeven").ClickAsync();
        await sendBox.FillAsync("volgende week vrijdag");
        await sendBox.PressAsync("Enter");
        await page.GetByText("Dus je betaalt factuur F2026-00012 van € 1.162,34 uiterlijk vrijdag 4 december. Klopt dat?").First.WaitForAsync(Visible);
        await SuggestedAction(page, "Ja, dat klopt").ClickAsync();
        await page.GetByText("Afgesproken: je betaalt € 1.162,34 uiterlijk vrijdag 4 december.", new() { Exact = false }).First.WaitForAsync(Visible);

        Assert.Contains(streams, url => url.Contains("/v3/directline/conversations/") && url.Contains("/stream"));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));

        await page.ReloadAsync();
        // Web Chat holds a reply back for 5 s when it misses the message it answers; it must not here.
        await total.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 });
        Assert.Equal(1, await page.Locator(".webchat__bubble").Filter(new() { HasText = "F2026-00012" }).Filter(new() { HasText = "hoofdsom" }).CountAsync());
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task WebChat_SpeaksEnglish_WhenThePageIsOpenedInEnglish()
    {
        await using var app = new WebcareAppFactory();
        app.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/?lang=en");

        await page.GetByText(Texts.Variations("welcome", "menu-intro", "en")[0]).First.WaitForAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Talk to a person" }).First.WaitForAsync(Visible);
        Assert.Equal("Received an invoice from us?", await page.Locator("h1").TextContentAsync());
    }


    /// <summary>
    /// A suggested-action button the customer sees; Web Chat also keeps a hidden copy of each in its screen-reader
    /// live region, which a click would wait on in vain when it comes first.
    /// </summary>
    private static ILocator SuggestedAction(IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name })
            .And(page.Locator("button:not(.webchat__live-region-activity__suggested-action)")).First;
}
