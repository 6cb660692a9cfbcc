using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Staff;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

/// <summary>Runs alone (no other test class at the same time), so the machine's load does not blur the times.</summary>
[Collection(Name)]
public sealed class SignInTimingTests
{
    public const string Name = "sign-in timing";

    /// <summary>
    /// An unknown address costs as much as a known account with a wrong password, and as a locked account: over
    /// 30 tries of each, taken in turns, the median difference is under 20 ms.
    /// </summary>
    [Fact]
    public async Task Login_TakesAsLongForAnUnknownAddress_AsForAKnownOrALockedAccount()
    {
        // 15 wrong tries on each of two accounts stay below the lockout (20 here); a third account is locked.
        await using var app = new WebcareAppFactory(settings: new() { ["Staff:MaxFailedSignIns"] = "20" });
        string[] known = ["anna@webcarehub.example", "bram@webcarehub.example"];
        foreach (var email in known.Append("carla@webcarehub.example")) await app.AddStaffAsync(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("carla@webcarehub.example"))!, DateTimeOffset.MaxValue);
        }
        var http = app.CreateHttpClient();
        await http.PostAsJsonAsync("/api/auth/login", new { email = "warm@webcarehub.example", password = "wrong-password" });
        var times = new Dictionary<string, List<double>> { ["known"] = [], ["locked"] = [], ["unknown"] = [] };
        var answers = new HashSet<string>();

        for (var i = 0; i < 30; i++)
        {
            // Taken in turns, each kind first as often as the others, so none gains from warm caches.
            (string Kind, string Email)[] round =
                [("known", known[i % 2]), ("locked", "carla@webcarehub.example"), ("unknown", $"nobody{i}@webcarehub.example")];
            foreach (var (kind, email) in round.Skip(i % 3).Concat(round.Take(i % 3)))
                times[kind].Add(await TimeAsync(email));
        }

        Assert.Single(answers);
        Assert.Equal(0, await app.QueryAsync(db => db.Users.CountAsync(u => u.LockoutEnd != null && u.Email != "carla@webcarehub.example")));
        // Each round is taken back to back, so a burst of load from elsewhere on the machine hits all alike.
        var knownMinusUnknown = Median(times["known"].Zip(times["unknown"], (k, u) => k - u).ToList());
        var lockedMinusUnknown = Median(times["locked"].Zip(times["unknown"], (k, u) => k - u).ToList());
        var medians = string.Join(", ", times.Select(t => $"{t.Key} {Median(t.Value):F1} ms"));
        Assert.True(Math.Abs(knownMinusUnknown) < 20, $"known − unknown: median {knownMinusUnknown:F1} ms ({medians})");
        Assert.True(Math.Abs(lockedMinusUnknown) < 20, $"locked − unknown: median {lockedMinusUnknown:F1} ms ({medians})");

        async Task<double> TimeAsync(string email)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var response = await http.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });
            watch.Stop();
            answers.Add($"{(int)response.StatusCode} {await AuthEndpointsTests.WithoutTraceIdAsync(response)}");
            return watch.Elapsed.TotalMilliseconds;
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

[CollectionDefinition(SignInTimingTests.Name, DisableParallelization = true)]
public sealed class SignInTimingCollection;
