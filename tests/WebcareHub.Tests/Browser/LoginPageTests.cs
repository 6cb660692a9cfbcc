using Microsoft.Playwright;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Browser;

/// <summary>The sign-in page in Chromium: where it sends someone afterwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LoginPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_GoesToTheReturnUrl_WhenItIsOnThisSite()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example");
        var page = await SignInAsync(app, "/login/?ReturnUrl=%2Fconsole%2F");

        await ArrivesAtAsync(page, "**/console/");

        Assert.Equal(new Uri(app.BaseAddress, "/console/"), new Uri(page.Url));
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%09/evil.example")]
    public async Task SignIn_GoesToTheStartPageOnThisSite_WhenTheReturnUrlLeadsElsewhere(string returnUrl)
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example");
        var page = await SignInAsync(app, "/login/?ReturnUrl=" + returnUrl);

        await ArrivesAtAsync(page, "**/console/");

        Assert.Equal(app.BaseAddress.Authority, new Uri(page.Url).Authority);
        Assert.Equal("/console/", new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData(StaffRoles.Supervisor, "/console/")]
    [InlineData(StaffRoles.Webcare, "/webcare/")]
    public async Task SignIn_WithoutAReturnUrl_OpensTheStartPageOfTheRole(string role, string startPage)
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example", role);
        var page = await SignInAsync(app, "/login/");

        await ArrivesAtAsync(page, "**" + startPage);

        Assert.Equal(startPage, new Uri(page.Url).AbsolutePath);
    }

    /// <summary>
    /// Waits for the page after signing in; when it does not come, fails with what the page showed and what the
    /// browser saw (messages, failed requests), so a slow or refused sign-in can be told apart.
    /// </summary>
    private async Task ArrivesAtAsync(IPage page, string glob)
    {
        // Polls the address rather than waiting for a navigation event: CI showed the page already at /console/
        // (loaded, hub connected) while WaitForURLAsync(…, Commit) waited 30 s for a navigation that had already happened.
        var path = glob.TrimStart('*');
        for (var waited = 0; waited < 30_000; waited += 100)
        {
            if (new Uri(page.Url).AbsolutePath == path) return;
            await Task.Delay(100);
        }
        var message = await page.Locator("#message").IsVisibleAsync() ? await page.Locator("#message").TextContentAsync() : "(none)";
        Assert.Fail($"Not at {glob} after 30 s but at {page.Url}; the page's message: {message}; the browser saw: " +
            string.Join(" | ", _seen));
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _seen = new();

    private async Task<IPage> SignInAsync(WebcareAppFactory app, string url)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => _seen.Enqueue($"console {m.Type}: {m.Text}");
        page.RequestFailed += (_, r) => _seen.Enqueue($"failed {r.Method} {r.Url}: {r.Failure}");
        page.Response += (_, r) => _seen.Enqueue($"{r.Status} {r.Request.Method} {r.Url}");
        await page.GotoAsync(url);
        await page.Locator("#email").FillAsync("anna@webcarehub.example");
        await page.Locator("#password").FillAsync(StaffLogin.Password);
        await page.Locator("#login-form button").ClickAsync();
        return page;
    }
}
