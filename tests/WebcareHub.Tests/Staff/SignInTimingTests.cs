using System.Net.Http.Json;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Staff;

/// <summary>Runs alone (no other test class at the same time), so the machine's load does not blur the times.</summary>
[Collection(Name)]
public sealed class SignInTimingTests
{
    public const string Name = "sign-in timing";

    /// <summary>
    /// An unknown address costs as much as a known one, also once that account is locked (after the fifth try):
    /// over 30 tries each, taken in pairs, the median difference is under 20 ms.
    /// </summary>
    [Fact]
    public async Task Login_TakesAsLongForAnUnknownAddress_AsForAKnownOrLockedAccount()
    {
        await using var app = new WebcareAppFactory();
        await app.AddStaffAsync("anna@webcarehub.example");
        var http = app.CreateHttpClient();
        await http.PostAsJsonAsync("/api/auth/login", new { email = "warm@webcarehub.example", password = "wrong-password" });
        var known = new List<double>();
        var unknown = new List<double>();
        var answers = new HashSet<string>();

        for (var i = 0; i < 30; i++)
        {
            // Alternating which goes first, so neither gains from the other's warm caches.
            if (i % 2 == 1) unknown.Add(await TimeAsync($"nobody{i}@webcarehub.example"));
            known.Add(await TimeAsync("anna@webcarehub.example"));
            if (i % 2 == 0) unknown.Add(await TimeAsync($"nobody{i}@webcarehub.example"));
        }

        Assert.Single(answers);
        // Each pair is taken back to back, so a burst of load from elsewhere on the machine hits both alike.
        var difference = Median(known.Zip(unknown, (k, u) => k - u).ToList());
        Assert.True(Math.Abs(difference) < 20,
            $"median difference {difference:F1} ms (medians: known {Median(known):F1} ms, unknown {Median(unknown):F1} ms)");

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
