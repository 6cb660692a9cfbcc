using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;

namespace WebcareHub.Tests.Support;

public static class StaffLogin
{
    public const string Password = "Correct-horse-9";

    /// <summary>Creates a staff account and returns a client signed in as it (cookie).</summary>
    public static async Task<HttpClient> CreateClientForAsync(this WebcareAppFactory app, string email, string role = StaffRoles.Agent)
    {
        var http = app.CreateHttpClient();
        await app.AddStaffAsync(email, role);
        (await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password })).EnsureSuccessStatusCode();
        return http;
    }

    /// <summary>Creates (or updates) a staff account with <see cref="Password"/>.</summary>
    public static async Task AddStaffAsync(this WebcareAppFactory app, string email, string role = StaffRoles.Agent, string password = Password)
    {
        app.Start();
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, "Anna", password, [role]);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Signs in and returns the session cookie as a <c>Cookie</c> header value, to send from any client.</summary>
    public static async Task<string> SignInCookieAsync(this WebcareAppFactory app, string email, string password = Password)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("webcarehub.staff=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>A client that sends the given cookie and keeps no cookies of its own.</summary>
    public static HttpClient ClientWithCookie(this WebcareAppFactory app, string cookie)
    {
        app.Start();
        var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }
}
