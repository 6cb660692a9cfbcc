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
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, "Anna", Password, [role]);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        (await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password })).EnsureSuccessStatusCode();
        return http;
    }
}
