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

        await page.WaitForURLAsync("**/console/", new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });

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

        await page.WaitForURLAsync("**/console/", new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });

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

        await page.WaitForURLAsync("**" + startPage, new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });

        Assert.Equal(startPage, new Uri(page.Url).AbsolutePath);
    }

    private async Task<IPage> SignInAsync(WebcareAppFactory app, string url)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.Locator("#email").FillAsync("anna@webcarehub.example");
        await page.Locator("#password").FillAsync(StaffLogin.Password);
        await page.Locator("#login-form button").ClickAsync();
        return page;
    }
}
