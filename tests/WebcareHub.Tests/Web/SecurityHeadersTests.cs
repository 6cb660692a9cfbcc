using System.Net.Http.Json;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Web;

public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task WidgetPage_MayBeFramedByTheAllowedOrigins_AndIsCacheable()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:AllowedOrigins:0"] = "https://www.example-incasso.nl/" });

        var response = await app.CreateHttpClient().GetAsync("/");

        var csp = Csp(response);
        Assert.Contains("frame-ancestors 'self' https://www.example-incasso.nl", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Theory]
    [InlineData("/console/")]
    [InlineData("/login/")]
    public async Task StaffPages_MayBeFramedByNobody_AndAreNeverStored(string path)
    {
        await using var app = new WebcareAppFactory(settings: new() { ["DirectLine:AllowedOrigins:0"] = "https://www.example-incasso.nl" });

        var response = await app.CreateHttpClient().GetAsync(path);

        Assert.Contains("frame-ancestors 'none'", Csp(response));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task ApiAnswers_WithCustomerDataOrSessions_AreNeverStored()
    {
        await using var app = new WebcareAppFactory();
        var customer = app.CreateDirectLineClient();
        var session = await customer.StartConversationAsync();
        var staff = await app.CreateClientForAsync("anna@webcarehub.example");

        HttpResponseMessage[] answers =
        [
            await customer.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token),
            await customer.Http.PostAsJsonAsync("/api/chat/token", new { }),
            await staff.GetAsync("/api/auth/me"),
            await staff.PostAsync("/hubs/agent/negotiate?negotiateVersion=1", null),
            await app.CreateHttpClient().GetAsync("/api/auth/me"),
        ];

        Assert.All(answers, a => Assert.True(a.Headers.CacheControl?.NoStore, $"{a.RequestMessage!.RequestUri} {a.StatusCode}"));
        Assert.All(answers, a => Assert.Equal("nosniff", Header(a, "X-Content-Type-Options")));
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_OutsideDevelopment()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FORWARDEDHEADERS_ENABLED"] = "true" });

        var response = await SendAsHttpsAsync(app);

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Hsts_IsNotSent_InDevelopment()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["FORWARDEDHEADERS_ENABLED"] = "true" }, environment: "Development");

        var response = await SendAsHttpsAsync(app);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>As behind a TLS-terminating proxy on a public name (HSTS is never sent for plain HTTP or localhost).</summary>
    private static async Task<HttpResponseMessage> SendAsHttpsAsync(WebcareAppFactory app)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "www.example-incasso.nl";
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await app.CreateHttpClient().SendAsync(request);
    }

    private static string Csp(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
}
