using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WebcareHub.Channels.BotConnector;

namespace WebcareHub.Tests.Support;

/// <summary>
/// A local stand-in for the Bot Framework's login service on a loopback port: OpenID metadata, a JWKS with one
/// RSA key generated here (endorsing the given channels), and a client-credentials token endpoint. The test
/// signs channel tokens with <see cref="CreateToken"/>; nothing leaves the machine.
/// </summary>
public sealed class BotFrameworkKeyServer : IAsyncDisposable
{
    public const string KeyId = "local-test-key";
    public const string AccessToken = "bot-token-from-the-local-token-server";
    private readonly WebApplication _app;

    private BotFrameworkKeyServer(WebApplication app) => _app = app;

    public RSA Key { get; } = RSA.Create(2048);

    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseUrl + "/oauth2/v2.0/token";

    /// <summary>The form fields of every token request the bot made.</summary>
    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    public static async Task<BotFrameworkKeyServer> StartAsync(params string[] endorsedChannels)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new BotFrameworkKeyServer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelAuthenticator.ChannelIssuer,
            ["jwks_uri"] = server.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var p = server.Key.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements = endorsedChannels },
                },
            });
        });
        app.MapPost("/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            server.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = AccessToken });
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>A channel token as the Bot Framework signs it; every part can be made wrong on purpose.</summary>
    public string CreateToken(string audience, string serviceUrl, DateTimeOffset now, TimeSpan? validFor = null,
        string issuer = ChannelAuthenticator.ChannelIssuer, RSA? signWith = null)
    {
        var expires = now + (validFor ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-2).UtcDateTime,
            NotBefore = expires.AddHours(-2).UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? Key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Key.Dispose();
    }
}
