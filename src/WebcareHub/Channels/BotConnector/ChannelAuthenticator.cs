using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// Checks that an activity on <c>/api/messages</c> comes from the Bot Framework channel service. Local mode
/// (no app id) accepts everything; production mode validates the channel's JWT: issuer, audience = app id,
/// signing keys from the OpenID metadata, 5 minutes of clock skew, and a <c>serviceurl</c> claim equal to
/// the activity's <c>serviceUrl</c>.
/// </summary>
public sealed class ChannelAuthenticator
{
    private const string ChannelIssuer = "https://api.botframework.com";
    private readonly BotConnectorOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly ILogger<ChannelAuthenticator> _logger;

    public ChannelAuthenticator(IOptions<BotConnectorOptions> options, ILogger<ChannelAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (!_options.IsLocalMode)
        {
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                _options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever());
        }
    }

    public async Task<bool> IsAuthenticAsync(HttpRequest request, Activity activity, CancellationToken ct)
    {
        if (_metadata is null) return true;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;

        var metadata = await _metadata.GetConfigurationAsync(ct);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(header[7..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = ChannelIssuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = metadata.SigningKeys,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
        });
        if (!result.IsValid)
        {
            _logger.LogWarning("Rejected a channel token: {Reason}", result.Exception?.Message);
            return false;
        }
        var serviceUrlClaim = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        return string.Equals(serviceUrlClaim?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
