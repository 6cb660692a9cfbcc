using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

/// <summary>A session ends everywhere with a sign-out, a new password or other roles: cookies and hub connections.</summary>
public sealed class StaffSessionsTests
{
    private const string Anna = "anna@webcarehub.example";
    private static readonly TimeSpan PastTheCheck = TimeSpan.FromSeconds(31);

    /// <summary>A copy of the cookie (a shared computer, a stolen copy) is over the moment its owner signs out.</summary>
    [Fact]
    public async Task SignOut_EndsACopyOfTheCookie_AtOnce_AndANewSignInWorks()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        var cookie = await app.SignInCookieAsync(Anna);
        using var browser = app.ClientWithCookie(cookie);
        using var copy = app.ClientWithCookie(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/auth/me")).StatusCode);
        using var again = app.ClientWithCookie(await app.SignInCookieAsync(Anna));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/auth/me")).StatusCode);
    }

    /// <summary>A stamp changed by another process (the users command) after a sign-out here: the new session still works.</summary>
    [Fact]
    public async Task ASessionStartedAfterAStampChangedElsewhere_IsNotTakenForAnEndedOne()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        await app.ClientWithCookie(await app.SignInCookieAsync(Anna)).PostAsync("/api/auth/logout", null);
        await app.QueryAsync(db => db.Users.Where(u => u.Email == Anna)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, "changed-by-another-process")));

        using var http = app.ClientWithCookie(await app.SignInCookieAsync(Anna));
        app.Clock.Advance(PastTheCheck);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Cookie_KeepsWorking_WhenNothingChanged()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        using var http = app.ClientWithCookie(await app.SignInCookieAsync(Anna));

        app.Clock.Advance(PastTheCheck);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Theory]
    [InlineData("New-password-77", StaffRoles.Agent)]
    [InlineData(StaffLogin.Password, StaffRoles.Supervisor)]
    public async Task PasswordOrRoleChange_EndsExistingSessions_AtOnce(string password, string role)
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        using var http = app.ClientWithCookie(await app.SignInCookieAsync(Anna));

        await app.AddStaffAsync(Anna, role, password);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task SignOut_ClosesTheAccountsHubConnections_AtOnce()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        var cookie = await app.SignInCookieAsync(Anna);
        var (_, console) = await HubTestClient.ConnectAsync(app, cookie);
        await using var _ = console!;
        Assert.Null((await console!.InvokeAsync("GetQueue")).Error);

        await app.ClientWithCookie(cookie).PostAsync("/api/auth/logout", null);

        Assert.True(await console.ClosedWithinAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task PasswordChange_ClosesTheAccountsHubConnections_AtOnce()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        var (_, console) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync(Anna));
        await using var _ = console!;

        await app.AddStaffAsync(Anna, password: "New-password-77");

        Assert.True(await console!.ClosedWithinAsync(TimeSpan.FromSeconds(5)));
    }

    /// <summary>The client counts as connected after the handshake, before the hub registers it: a password changed in
    /// between must still close it at once.</summary>
    [Fact]
    public async Task HubConnection_RegisteredJustAfterThePasswordChanged_ClosesAtOnce()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        app.Start();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var anna = (await users.FindByEmailAsync(Anna))!;
        var identity = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var opening = new OpeningConnection(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(identity.UserIdClaimType, anna.Id), new Claim(identity.SecurityStampClaimType, anna.SecurityStamp!)], "cookie")));
        var sessions = app.Services.GetRequiredService<StaffSessions>();

        await sessions.EndAsync(users, anna, "password changed");
        sessions.Opened(opening);

        Assert.True(opening.Aborted);
    }

    private sealed class OpeningConnection(ClaimsPrincipal user) : HubCallerContext
    {
        public bool Aborted { get; private set; }
        public override string ConnectionId { get; } = Guid.NewGuid().ToString("N");
        public override string? UserIdentifier => null;
        public override ClaimsPrincipal? User { get; } = user;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() => Aborted = true;
    }

    [Fact]
    public async Task HubConnection_IsClosed_WhenTheStampChangedElsewhere_AtTheNextCheck()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync(Anna);
        await app.AddStaffAsync("bram@webcarehub.example");
        var (_, anna) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync(Anna));
        var (_, bram) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("bram@webcarehub.example"));
        await using var a = anna!;
        await using var b = bram!;

        // As the users command does from its own process: the running app hears nothing, only the stamp changes.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(Anna))!);
        }
        Assert.Null((await anna!.InvokeAsync("GetQueue")).Error);
        app.Clock.Advance(PastTheCheck);

        Assert.True(await anna.ClosedWithinAsync(TimeSpan.FromSeconds(5)));
        Assert.Null((await bram!.InvokeAsync("GetQueue")).Error);
    }
}
