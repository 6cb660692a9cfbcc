using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Tests.Support;
using WebcareHub.Web;

namespace WebcareHub.Tests.Web;

/// <summary>
/// Behind a listed proxy the client is the one X-Forwarded-For names, so per-client limits (chat tokens, failed
/// verifications) tell customers apart; without one the header is not believed.
/// </summary>
public sealed class ProxiesTests
{
    [Fact]
    public void Addresses_RefuseAnEntryThatIsNoAddress_NamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ProxyOptions { KnownProxies = ["10.0.0.5", "proxy.local"] }.Addresses());

        Assert.Contains("Proxies:KnownProxies", error.Message);
        Assert.Contains("'proxy.local'", error.Message);
        Assert.Equal(["10.0.0.5", "::1"], new ProxyOptions { KnownProxies = ["10.0.0.5", " ::1 "] }.Addresses().Select(a => a.ToString()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ChatsFromTwoClientsBehindTheProxy_HaveTwoSources_OnlyWhenTheProxyIsListed(bool listed)
    {
        await using var app = new WebcareAppFactory(settings: listed ? new() { ["Proxies:KnownProxies:0"] = "127.0.0.1" } : null);
        var http = app.CreateHttpClient();
        foreach (var client in new[] { "203.0.113.7", "198.51.100.23" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, ChatTokenEndpoints.Path) { Content = JsonContent.Create(new { locale = "nl-NL" }) };
            request.Headers.Add("X-Forwarded-For", client);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        var sources = await app.QueryAsync(db => db.Conversations.Select(c => c.Source).Distinct().CountAsync());

        Assert.Equal(listed ? 2 : 1, sources);
    }
}
