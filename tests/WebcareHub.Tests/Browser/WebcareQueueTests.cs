using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;
using WebcareHub.Tests.Webcare;
using WebcareHub.Webcare;

namespace WebcareHub.Tests.Browser;

/// <summary>Two webcare colleagues in the queue page: one drafts a public reply, the other approves it, it is published once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebcareQueueTests(BrowserFixture browser)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 20_000 };

    [Fact]
    public async Task OneColleagueDrafts_AnotherApproves_ThePublishedReplyAppearsInTheHistoryWithItsAudit()
    {
        await using var platform = await FakePlatform.StartAsync();
        await using var app = WebcareTestApp.Create(new() { ["Webcare:X:ApiBaseUrl"] = platform.BaseUrl, ["Webcare:X:AccessToken"] = "x-token" });
        await app.AddStaffAsync("anna@webcarehub.example", StaffRoles.Webcare);
        await app.AddStaffAsync("sanne@webcarehub.example", StaffRoles.Supervisor);
        (await WebcareTestApp.PostTweetAsync(app.CreateHttpClient(), "186000", "Bel me op 06-12345678, ik schakel mijn advocaat in!")).EnsureSuccessStatusCode();

        var anna = await SignedInPageAsync(app, "anna@webcarehub.example");
        var annaBlocked = CspViolations.Watch(anna);
        await anna.GotoAsync("/webcare/");
        await anna.Locator("#mentions li").GetByText("ik schakel mijn advocaat in", new() { Exact = false }).ClickAsync();
        await anna.Locator("#reasons").GetByText("Juridische dreiging", new() { Exact = false }).WaitForAsync(Visible);
        Assert.Equal("06-12345678", await anna.Locator("#text mark.pii").TextContentAsync());
        await anna.Locator("#template").SelectOptionAsync("dm");
        await anna.Locator("#draft button").ClickAsync();
        await anna.Locator("#status").GetByText("Concept opgeslagen", new() { Exact = false }).WaitForAsync(Visible);
        Assert.Empty(platform.Requests);

        var sanne = await SignedInPageAsync(app, "sanne@webcarehub.example");
        var sanneBlocked = CspViolations.Watch(sanne);
        await sanne.GotoAsync("/webcare/?lang=en");
        await sanne.Locator("#mentions li").First.ClickAsync();
        await sanne.Locator("#replies button.approve").ClickAsync();
        await sanne.Locator("#replies").GetByText("approved by Anna", new() { Exact = false }).WaitForAsync(Visible);
        await sanne.Locator("#replies").GetByText("published", new() { Exact = false }).WaitForAsync(Visible);
        foreach (var action in new[] { "received", "drafted", "approved", "published" })
            await sanne.Locator("#audit").GetByText(action, new() { Exact = false }).First.WaitForAsync(Visible);
        // Anna's page hears it live over the hub.
        await anna.Locator("#audit").GetByText("geplaatst", new() { Exact = false }).First.WaitForAsync(Visible);

        Assert.Single(platform.Requests);
        Assert.Equal(MentionStatus.Published, (await app.QueryAsync(db => db.Mentions.AsNoTracking().SingleAsync())).Status);
        Assert.Empty(annaBlocked);
        Assert.Empty(sanneBlocked);
    }

    private async Task<IPage> SignedInPageAsync(WebcareAppFactory app, string email)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        Assert.True((await context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { email, password = StaffLogin.Password } })).Ok);
        return await context.NewPageAsync();
    }
}
