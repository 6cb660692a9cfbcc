using System.Net;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Web;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_ReturnsHealthy_WhenDatabaseIsMigrated()
    {
        await using var app = new WebcareAppFactory();

        var response = await app.CreateHttpClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Home_ServesTheWidgetPageWithWebChatFromTheApp()
    {
        await using var app = new WebcareAppFactory();
        var http = app.CreateHttpClient();

        var page = await http.GetStringAsync("/");
        var bundle = await http.GetAsync("/lib/webchat.js");

        Assert.Contains("<script src=\"/lib/webchat.js\">", page);
        Assert.DoesNotContain(WebcareAppFactory.Secret, page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }
}
