using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using WebcareHub.Channels.BotConnector;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Channels.BotConnector;

public sealed class ServiceUrlPolicyTests
{
    private static readonly Uri[] App = [new("http://127.0.0.1:5080")];

    [Theory]
    [InlineData("http://localhost:50123", "http://localhost:50123/")]
    [InlineData("http://127.0.0.1:50123/", "http://127.0.0.1:50123/")]
    [InlineData("http://127.8.9.10:80", "http://127.8.9.10/")]
    [InlineData("http://[::1]:50123", "http://[::1]:50123/")]
    [InlineData("http://127.0.0.1:50123/api/messages", null)]
    [InlineData("http://127.0.0.1:50123/?x=", null)]
    [InlineData("http://user:pw@127.0.0.1:50123/", null)]
    [InlineData("http://203.0.113.7:50123", null)]
    [InlineData("http://10.0.0.5", null)]
    [InlineData("https://evil.example", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("not a url", null)]
    public void Resolve_AllowsOnlyLoopbackWithoutPath_InLocalModeWithoutList(string serviceUrl, string? expected)
    {
        Assert.Equal(expected, ServiceUrlPolicy.Resolve(serviceUrl, new BotConnectorOptions(), App)?.ToString());
    }

    [Theory]
    [InlineData("https://channel.example/amer/", "https://channel.example/amer/")]
    [InlineData("https://channel.example/amer", "https://channel.example/amer/")]
    [InlineData("https://channel.example/emea/", null)]
    [InlineData("https://channel.example/amer/v3/x", null)]
    [InlineData("https://channel.example:8443/amer/", null)]
    [InlineData("http://channel.example/amer/", null)]
    [InlineData("https://channel.example.evil/amer/", null)]
    [InlineData("http://localhost:5000", null)]
    public void Resolve_MatchesSchemeHostPortAndPathExactly_WhenListIsConfigured(string serviceUrl, string? expected)
    {
        var options = new BotConnectorOptions { AllowedServiceUrls = ["https://channel.example/amer"] };

        Assert.Equal(expected, ServiceUrlPolicy.Resolve(serviceUrl, options, App)?.ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Resolve_RefusesTheAppItself_EvenWhenListed(string serviceUrl)
    {
        var options = new BotConnectorOptions { AllowedServiceUrls = [serviceUrl] };

        Assert.Null(ServiceUrlPolicy.Resolve(serviceUrl, options, App));
        Assert.Null(ServiceUrlPolicy.Resolve(serviceUrl, new BotConnectorOptions(), App));
    }

    [Fact]
    public void Resolve_RefusesLocalAddresses_WhenTheAppListensOnEveryAddress()
    {
        Assert.Null(ServiceUrlPolicy.Resolve("http://127.0.0.1:8080/", new BotConnectorOptions(), [new Uri("http://0.0.0.0:8080")]));
    }

    [Fact]
    public async Task PostMessage_IsRefusedWithoutAnyCall_WhenServiceUrlPointsAtTheAppItself()
    {
        await using var app = BotConnectorEndpointsTests.LocalMode();
        var http = app.CreateHttpClient();
        var self = app.BaseAddress;

        var plain = await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message(self.ToString(), "hallo"));
        var byName = await http.PostAsJsonAsync("/api/messages", BotConnectorEndpointsTests.Message($"http://localhost:{self.Port}/api/messages?x=", "hallo"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (plain.StatusCode, byName.StatusCode));
        Assert.Equal(2, app.RequestCount);
    }

    [Fact]
    public async Task PostMessage_DoesNotFollowARedirect_FromAnAllowedServiceUrl()
    {
        await using var target = await ChannelSink.StartAsync();
        await using var redirecting = await ChannelSink.StartAsync(redirectTo: target.ServiceUrl);
        await using var app = BotConnectorEndpointsTests.LocalMode();

        var response = await app.CreateHttpClient().PostAsJsonAsync("/api/messages",
            BotConnectorEndpointsTests.Message(redirecting.ServiceUrl, "Mijn factuur bekijken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, redirecting.RequestCount);
        Assert.Equal(0, target.RequestCount);
        Assert.Equal(1, app.Logs.Count(typeof(ConnectorClient), LogLevel.Warning));
    }
}
