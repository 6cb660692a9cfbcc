using System.Net;

namespace WebcareHub.Channels.BotConnector;

public sealed class BotConnectorOptions
{
    public const string Section = "BotConnector";

    /// <summary>
    /// Azure Bot app id. Empty means local mode, for the Bot Framework Emulator: only in Development and only
    /// for loopback callers; <c>/api/messages</c> then accepts unauthenticated activities and replies without a
    /// bearer token, only to loopback service URLs. Outside Development an empty app id turns the route off.
    /// </summary>
    public string MicrosoftAppId { get; init; } = "";

    /// <summary>Azure Bot client secret (production mode). Keep it in user-secrets or the environment.</summary>
    public string MicrosoftAppPassword { get; init; } = "";

    /// <summary>
    /// Service URLs the bot may reply to, matched exactly by scheme, host, port and path (for example
    /// <c>https://smba.trafficmanager.net/emea/</c>). Required in production mode; empty in local mode means
    /// loopback addresses without a path. The app's own addresses are never allowed.
    /// </summary>
    public string[] AllowedServiceUrls { get; init; } = [];

    /// <summary>OpenID metadata of the Bot Framework channel service (production mode). HTTPS, or loopback for tests.</summary>
    public string OpenIdMetadataUrl { get; init; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Token endpoint for the bot's own outgoing calls (production mode). HTTPS, or loopback for tests.</summary>
    public string TokenEndpoint { get; init; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    public bool IsLocalMode => string.IsNullOrEmpty(MicrosoftAppId);

    /// <summary>What is wrong with these settings, or null when they can be used.</summary>
    public string? Problem() =>
        IsLocalMode ? null
        : MicrosoftAppPassword.Length == 0 ? "BotConnector:MicrosoftAppPassword is required when BotConnector:MicrosoftAppId is set"
        : AllowedServiceUrls.Length == 0 ? "BotConnector:AllowedServiceUrls must list the channels' service URLs when BotConnector:MicrosoftAppId is set"
        : AllowedServiceUrls.FirstOrDefault(u => ServiceUrlPolicy.Base(u) is null) is { } bad ? $"BotConnector:AllowedServiceUrls has an unusable entry '{bad}'"
        : !IsSafeUrl(OpenIdMetadataUrl) ? "BotConnector:OpenIdMetadataUrl must be an https URL"
        : !IsSafeUrl(TokenEndpoint) ? "BotConnector:TokenEndpoint must be an https URL"
        : null;

    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u)
        && (u.Host == "localhost" || (IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private static bool IsSafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "https" || (u.Scheme == "http" && IsLoopbackUrl(url)));
}
