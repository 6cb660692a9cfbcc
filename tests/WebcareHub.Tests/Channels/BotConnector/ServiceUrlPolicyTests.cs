using Microsoft.Extensions.Options;
using WebcareHub.Channels.BotConnector;

namespace WebcareHub.Tests.Channels.BotConnector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://localhost:50123", true)]
    [InlineData("http://127.0.0.1:50123/", true)]
    [InlineData("http://127.8.9.10:80", true)]
    [InlineData("http://[::1]:50123", true)]
    [InlineData("http://203.0.113.7:50123", false)]
    [InlineData("http://10.0.0.5", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    public void MayCall_AllowsOnlyLoopback_InLocalModeWithoutList(string serviceUrl, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new BotConnectorOptions()));

        Assert.Equal(allowed, policy.MayCall(serviceUrl));
    }

    [Theory]
    [InlineData("https://channel.example/amer/", true)]
    [InlineData("https://channel.example/emea/", false)]
    [InlineData("http://localhost:5000", false)]
    public void MayCall_AllowsOnlyListedPrefixes_WhenListIsConfigured(string serviceUrl, bool allowed)
    {
        var policy = new ServiceUrlPolicy(Options.Create(new BotConnectorOptions { AllowedServiceUrls = ["https://channel.example/amer"] }));

        Assert.Equal(allowed, policy.MayCall(serviceUrl));
    }
}
