using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

/// <summary>The roles matrix: every role against every capability, in the policies and at the agent hub.</summary>
public sealed class StaffPoliciesTests
{
    public static TheoryData<string, string, bool> Matrix => new()
    {
        { StaffRoles.Agent, StaffPolicies.ClaimChats, true },
        { StaffRoles.Agent, StaffPolicies.ReadCustomerData, true },
        { StaffRoles.Agent, StaffPolicies.SuperviseTeam, false },
        { StaffRoles.Agent, StaffPolicies.ApproveWebcareReplies, false },
        { StaffRoles.Agent, StaffPolicies.SeeJobs, false },
        { StaffRoles.Agent, StaffPolicies.ImportPayments, false },
        { StaffRoles.Agent, StaffPolicies.AnyStaff, true },

        { StaffRoles.Webcare, StaffPolicies.ClaimChats, false },
        { StaffRoles.Webcare, StaffPolicies.ReadCustomerData, false },
        { StaffRoles.Webcare, StaffPolicies.SuperviseTeam, false },
        { StaffRoles.Webcare, StaffPolicies.ApproveWebcareReplies, true },
        { StaffRoles.Webcare, StaffPolicies.SeeJobs, false },
        { StaffRoles.Webcare, StaffPolicies.ImportPayments, false },
        { StaffRoles.Webcare, StaffPolicies.AnyStaff, true },

        { StaffRoles.Supervisor, StaffPolicies.ClaimChats, true },
        { StaffRoles.Supervisor, StaffPolicies.ReadCustomerData, true },
        { StaffRoles.Supervisor, StaffPolicies.SuperviseTeam, true },
        { StaffRoles.Supervisor, StaffPolicies.ApproveWebcareReplies, true },
        { StaffRoles.Supervisor, StaffPolicies.SeeJobs, true },
        { StaffRoles.Supervisor, StaffPolicies.ImportPayments, false },
        { StaffRoles.Supervisor, StaffPolicies.AnyStaff, true },

        { StaffRoles.Admin, StaffPolicies.ClaimChats, true },
        { StaffRoles.Admin, StaffPolicies.ReadCustomerData, true },
        { StaffRoles.Admin, StaffPolicies.SuperviseTeam, true },
        { StaffRoles.Admin, StaffPolicies.ApproveWebcareReplies, true },
        { StaffRoles.Admin, StaffPolicies.SeeJobs, true },
        { StaffRoles.Admin, StaffPolicies.ImportPayments, true },
        { StaffRoles.Admin, StaffPolicies.AnyStaff, true },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Policy_AllowsARole_ExactlyAsTheMatrixSays(string role, string policy, bool allowed)
    {
        await using var app = new WebcareAppFactory();
        app.Start();
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Role, role)], "test"));

        var result = await app.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(signedIn, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public void Matrix_CoversEveryRoleAndEveryPolicy()
    {
        var rows = Matrix.Select(r => ((string)r[0], (string)r[1])).ToHashSet();

        Assert.Equal(StaffRoles.All.Length * StaffPolicies.Roles.Count, rows.Count);
        Assert.All(StaffPolicies.Roles.Keys, p => Assert.All(StaffRoles.All, r => Assert.Contains((r, p), rows)));
    }

    /// <summary>What each role gets at the agent hub: connect, claim a chat, read it (customer data), the team overview.</summary>
    [Theory]
    [InlineData(StaffRoles.Agent, "connected claim:allowed chat:allowed overview:refused")]
    [InlineData(StaffRoles.Webcare, "refused 403")]
    [InlineData(StaffRoles.Supervisor, "connected claim:allowed chat:allowed overview:allowed")]
    [InlineData(StaffRoles.Admin, "connected claim:allowed chat:allowed overview:allowed")]
    public async Task AgentHub_GivesEachRole_WhatTheMatrixSays(string role, string expected)
    {
        await using var app = new WebcareAppFactory();
        var handoffId = await CustomerAsksForAPersonAsync(app);
        await app.AddStaffAsync("someone@webcarehub.example", role);

        var (status, console) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("someone@webcarehub.example"));
        if (console is null)
        {
            Assert.Equal(expected, $"refused {(int)status}");
            Assert.Equal(0, await app.QueryAsync(db => Task.FromResult(db.HandoffRequests.Count(h => h.AgentId != null))));
            return;
        }
        await using var _ = console;
        var claim = await console.InvokeAsync("Claim", handoffId);
        var chat = await console.InvokeAsync("GetChat", handoffId);
        var overview = await console.InvokeAsync("GetOverview");

        Assert.Equal(expected, $"connected claim:{Outcome(claim)} chat:{Outcome(chat)} overview:{Outcome(overview)}");
    }

    [Fact]
    public async Task RefusedActions_AreLogged()
    {
        await using var app = new WebcareAppFactory();
        var log = LogSink.AttachTo(app);
        await app.AddStaffAsync("wouter@webcarehub.example", StaffRoles.Webcare);
        await app.AddStaffAsync("anna@webcarehub.example", StaffRoles.Agent);

        await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("wouter@webcarehub.example"));
        var (_, agent) = await HubTestClient.ConnectAsync(app, await app.SignInCookieAsync("anna@webcarehub.example"));
        await using var _ = agent!;
        await agent!.InvokeAsync("GetOverview");
        await agent.InvokeAsync("Send", 12345, "hallo");

        Assert.Equal(2, log.Count(typeof(RefusalLog).FullName!, LogLevel.Warning));
        Assert.Equal(1, log.Count(typeof(StaffHubFilter).FullName!, LogLevel.Warning));
    }

    private static string Outcome((System.Text.Json.Nodes.JsonNode? Result, string? Error) call) =>
        call.Error is null ? "allowed" : call.Error.Contains("unauthorized", StringComparison.OrdinalIgnoreCase) ? "refused" : "error: " + call.Error;

    private static async Task<int> CustomerAsksForAPersonAsync(WebcareAppFactory app)
    {
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        await customer.SayAsync(session, "ik wil iemand spreken");
        await app.BotIdleAsync();
        return await app.QueryAsync(db => Task.FromResult(db.HandoffRequests.Single().Id));
    }
}
