using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class WidgetPageTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task WebChat_GreetsInDutch_AnswersAMessage_AndKeepsTheTranscriptAfterReload()
    {
        await using var app = new WebcareAppFactory();
        app.Start();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var streams = new List<string>();
        page.WebSocket += (_, ws) => streams.Add(ws.Url);

        await page.GotoAsync("/");
        await page.GetByText(Texts.Variations("welcome", "menu-intro", "nl")[0]).First.WaitForAsync(Visible);
        await page.GetByRole(AriaRole.Button, new() { Name = "Met een medewerker praten" }).First.WaitForAsync(Visible);

        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("Waar gaat dit over, vraag ik me af");
        await sendBox.PressAsync("Enter");
        var reply = page.GetByText(AnyOf(Texts.Variations("fallback", "not-understood", "nl")));
        await reply.First.WaitForAsync(Visible);

        Assert.Contains(streams, url => url.Contains("/v3/directline/conversations/") && url.Contains("/stream"));

        await page.ReloadAsync();
        await page.GetByText("Waar gaat dit over, vraag ik me af").First.WaitForAsync(Visible);
        // Web Chat holds a reply back for 5 s when it misses the message it answers; it must not here.
        await page.Locator(".webchat__bubble").Filter(new() { HasTextRegex = AnyOf(Texts.Variations("fallback", "not-understood", "nl")) })
            .WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 });
        Assert.Equal(1, await page.Locator(".webchat__bubble").Filter(new() { HasText = "Waar gaat dit over, vraag ik me af" }).CountAsync());
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

    private static Regex AnyOf(IEnumerable<string> texts) => new(string.Join("|", texts.Select(Regex.Escape)));
}
