using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WebcareHub.Staff;

namespace WebcareHub.Tests.Support;

/// <summary>Browser contexts of staff members, signed in through the real login endpoint.</summary>
public static class StaffBrowser
{
    /// <summary>Adds (or updates) the staff member with one role and returns a browser context signed in as them.</summary>
    public static async Task<IBrowserContext> SignedInAsync(this BrowserFixture browser, WebcareAppFactory app, string email, string name,
        string role, BrowserNewContextOptions? options = null)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, name, StaffLogin.Password, [role]);
        options ??= new();
        options.BaseURL = app.BaseAddress.ToString();
        var context = await browser.Browser.NewContextAsync(options);
        Assert.True((await context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { email, password = StaffLogin.Password } })).Ok);
        return context;
    }
}
