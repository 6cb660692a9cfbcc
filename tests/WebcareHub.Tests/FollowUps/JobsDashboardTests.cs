using System.Net;
using System.Net.Http.Json;
using WebcareHub.FollowUps;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.FollowUps;

/// <summary>The Hangfire dashboard at /jobs behind the app's own sign-in: Supervisors read, Admins act, nobody else sees it.</summary>
public sealed class JobsDashboardTests
{
    [Fact]
    public async Task Jobs_ReturnsUnauthorized_WhenAnonymous()
    {
        await using var app = new WebcareAppFactory();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.CreateHttpClient().BaseAddress!, "/") };

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/jobs/recurring")).StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Agent)]
    [InlineData(StaffRoles.Webcare)]
    public async Task Jobs_ReturnsForbidden_ForStaffWithoutTheJobsRole(string role)
    {
        await using var app = new WebcareAppFactory();
        var http = await app.CreateClientForAsync("anna@example.nl", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task Jobs_OpensReadOnly_ForASupervisor()
    {
        await using var app = new WebcareAppFactory();
        var http = await app.CreateClientForAsync("sam@example.nl", StaffRoles.Supervisor);

        var page = await http.GetAsync("/jobs/recurring");
        var trigger = await http.PostAsync("/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", FollowUpsSetup.SweepJobId)]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(FollowUpsSetup.SweepJobId, await page.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.NoContent, trigger.StatusCode);
        Assert.False(trigger.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Jobs_LetsAnAdminTriggerTheSweep()
    {
        await using var app = new WebcareAppFactory();
        var http = await app.CreateClientForAsync("ada@example.nl", StaffRoles.Admin);

        var trigger = await http.PostAsync("/jobs/recurring/trigger", new FormUrlEncodedContent([new("jobs[]", FollowUpsSetup.SweepJobId)]));

        Assert.Equal(HttpStatusCode.NoContent, trigger.StatusCode);
    }

    [Fact]
    public async Task Status_GivesStaffAShortLine()
    {
        await using var app = new WebcareAppFactory();
        var http = await app.CreateClientForAsync("anna@example.nl", StaffRoles.Agent);

        var status = await http.GetFromJsonAsync<FollowUpStatusLine>("/api/follow-ups/status");

        Assert.NotNull(status);
        Assert.StartsWith("E-mails in de wachtrij: 0, mislukt: 0 · open terugbelverzoeken: 0", status.Line);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateHttpClient().GetAsync("/api/follow-ups/status")).StatusCode);
    }
}
