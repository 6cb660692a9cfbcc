using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// Checks that an activity on <c>/api/messages</c> comes from the Bot Framework channel service. Local mode
/// (no app id, Development only) accepts everything; production mode validates the channel's JWT: issuer,
/// audience = app id, signature by a key from the OpenID metadata that endorses the activity's channel, expiry
/// (5 minutes of clock skew), and a <c>serviceurl</c> claim equal to the activity's <c>serviceUrl</c>.
/// </summary>
public sealed class ChannelAuthenticator
{
    public const string ChannelIssuer = "https://api.botframework.com";
    private readonly BotConnectorOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly TimeProvider _clock;
    private readonly ILogger<ChannelAuthenticator> _logger;

    public ChannelAuthenticator(IOptions<BotConnectorOptions> options, IHttpClientFactory http, TimeProvider clock,
        ILogger<ChannelAuthenticator> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        if (!_options.IsLocalMode)
        {
            // HTTPS except on loopback, which only a test's local key server uses (checked at start-up).
            var retriever = new HttpDocumentRetriever(http.CreateClient(nameof(ChannelAuthenticator)))
            {
                RequireHttps = !BotConnectorOptions.IsLoopbackUrl(_options.OpenIdMetadataUrl),
            };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                _options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
        }
    }

    public async Task<bool> IsAuthenticAsync(HttpRequest request, Activity activity, CancellationToken ct)
    {
        if (_metadata is null) return true;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;

        OpenIdConnectConfiguration metadata;
        try
        {
            metadata = await _metadata.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            // The channel's keys cannot be fetched (network, DNS, a bad document): nothing can be checked now.
            _logger.LogError(e, "The Bot Framework signing keys at {Url} could not be read", _options.OpenIdMetadataUrl);
            throw new ChannelKeysUnavailableException(e);
        }
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(header[7..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = ChannelIssuer,
            ValidAudience = _options.MicrosoftAppId,
            IssuerSigningKeys = metadata.SigningKeys,
            RequireSignedTokens = true,
            LifetimeValidator = IsCurrent,
        });
        if (!result.IsValid)
        {
            _logger.LogWarning("Rejected a channel token: {Reason}", result.Exception?.GetType().Name);
            return false;
        }
        // The key that signed the token must vouch for the channel the activity claims to come from.
        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !Endorsements(key).Contains(activity.ChannelId))
        {
            _logger.LogWarning("Rejected a channel token: its key does not endorse channel {ChannelId}", activity.ChannelId);
            return false;
        }
        var serviceUrlClaim = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (string.Equals(serviceUrlClaim?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) return true;
        _logger.LogWarning("Rejected a channel token: its serviceurl claim differs from the activity's serviceUrl");
        return false;
    }

    /// <summary>Expiry (required) and not-before against the app's clock, with 5 minutes of skew either way.</summary>
    private bool IsCurrent(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var skew = TimeSpan.FromMinutes(5);
        return expires is { } e && e.ToUniversalTime() + skew > now && (notBefore is not { } nb || nb.ToUniversalTime() - skew <= now);
    }

    private static IEnumerable<string?> Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue("endorsements", out var value)
            ? value switch
            {
                JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString()),
                IEnumerable<object> list => list.Select(o => o?.ToString()),
                _ => [],
            }
            : [];
}

/// <summary>The channel service's signing keys could not be fetched, so no activity can be checked right now.</summary>
public sealed class ChannelKeysUnavailableException(Exception inner)
    : Exception("The Bot Framework signing keys could not be read", inner);
