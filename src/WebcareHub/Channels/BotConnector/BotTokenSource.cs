using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.BotConnector;

/// <summary>The bot's own bearer token for replies in production mode (client credentials for the app id), cached until shortly before it expires.</summary>
public sealed class BotTokenSource(IHttpClientFactory httpFactory, IOptions<BotConnectorOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } c && c.RenewAt > clock.GetUtcNow()) return c.Token;
            var o = options.Value;
            using var http = httpFactory.CreateClient(nameof(BotTokenSource));
            using var response = await http.PostAsync(o.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.MicrosoftAppId,
                ["client_secret"] = o.MicrosoftAppPassword,
                ["scope"] = "https://api.botframework.com/.default",
            }), ct);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
                ?? throw new HttpRequestException("The token endpoint returned no token");
            _current = (token.AccessToken, clock.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn - 300)));
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
