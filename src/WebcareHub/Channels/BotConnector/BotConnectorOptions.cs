namespace WebcareHub.Channels.BotConnector;

public sealed class BotConnectorOptions
{
    public const string Section = "BotConnector";

    /// <summary>
    /// Azure Bot app id. Empty means local mode: <c>/api/messages</c> accepts unauthenticated activities (the Bot
    /// Framework Emulator) and replies without a bearer token, only to allowed service URLs.
    /// </summary>
    public string MicrosoftAppId { get; init; } = "";

    /// <summary>Azure Bot client secret (production mode). Keep it in user-secrets or the environment.</summary>
    public string MicrosoftAppPassword { get; init; } = "";

    /// <summary>
    /// Service URLs (scheme://host[:port] prefixes) the bot may reply to in local mode. Empty means loopback
    /// only (localhost, 127.0.0.0/8, [::1]), so a forged serviceUrl cannot make the server call other hosts.
    /// </summary>
    public string[] AllowedServiceUrls { get; init; } = [];

    /// <summary>OpenID metadata of the Bot Framework channel service (production mode).</summary>
    public string OpenIdMetadataUrl { get; init; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Token endpoint for the bot's own outgoing calls (production mode).</summary>
    public string TokenEndpoint { get; init; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    public bool IsLocalMode => string.IsNullOrEmpty(MicrosoftAppId);
}
