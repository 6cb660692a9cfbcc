using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace WebcareHub.Webcare;

/// <summary>
/// The platforms' webhooks. Every delivery is checked against its signature over the raw body before anything
/// is read: a bad or missing one gets 401 and nothing is stored; a body above <see cref="WebcareOptions.MaxBodyBytes"/>
/// 413; a body that is not the platform's JSON 400 (Problem Details). Repeated deliveries are stored once.
/// </summary>
public static partial class MentionWebhookEndpoints
{
    public static IEndpointRouteBuilder MapMentionWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webcare/webhooks").DisableAntiforgery().AllowAnonymous();
        group.MapGet("/meta", MetaHandshake);
        group.MapPost("/meta", MetaDelivery);
        group.MapGet("/x", XChallenge);
        group.MapPost("/x", XDelivery);
        group.MapPost("/generic", GenericDelivery);
        return app;
    }

    /// <summary>Meta's subscription check: echo <c>hub.challenge</c> when the verify token is ours.</summary>
    private static Results<ContentHttpResult, ProblemHttpResult> MetaHandshake(HttpRequest request, IOptions<WebcareOptions> options)
    {
        var expected = options.Value.Meta.VerifyToken;
        var token = request.Query["hub.verify_token"].ToString();
        var ok = request.Query["hub.mode"] == "subscribe" && expected.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));
        return ok
            ? TypedResults.Text(request.Query["hub.challenge"].ToString(), "text/plain")
            : TypedResults.Problem(title: "Verify token does not match", statusCode: StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// X's CRC check: <c>sha256=</c> + base64 HMAC-SHA256 of <c>crc_token</c> with the consumer secret. Only a token shaped
    /// like X's challenges is signed: the same secret signs deliveries, and signing any text would sign a forged body.
    /// </summary>
    private static Results<Ok<CrcAnswer>, ProblemHttpResult> XChallenge(HttpRequest request, IOptions<WebcareOptions> options)
    {
        var secret = options.Value.X.ConsumerSecret;
        var crc = request.Query["crc_token"].ToString();
        if (secret.Length == 0) return TypedResults.Problem(title: "X is not configured", statusCode: StatusCodes.Status401Unauthorized);
        if (crc.Length == 0) return TypedResults.Problem(title: "crc_token is required", statusCode: StatusCodes.Status400BadRequest);
        if (!CrcToken().IsMatch(crc))
            return TypedResults.Problem(title: "crc_token is not a challenge", detail: "Letters, digits and -_+/= only, at most 200", statusCode: StatusCodes.Status400BadRequest);
        return TypedResults.Ok(new CrcAnswer(WebhookSignature.Base64(secret, Encoding.UTF8.GetBytes(crc))));
    }

    private static Task<IResult> MetaDelivery(HttpContext http, IOptions<WebcareOptions> options, MentionIntake intake, TimeProvider clock) =>
        DeliverAsync(http, options.Value, body => WebhookSignature.MatchesHex(http.Request.Headers["X-Hub-Signature-256"], options.Value.Meta.AppSecret, body),
            root => PlatformPayloads.ReadMeta(root, clock.GetUtcNow().UtcDateTime), intake);

    private static Task<IResult> XDelivery(HttpContext http, IOptions<WebcareOptions> options, MentionIntake intake, TimeProvider clock) =>
        DeliverAsync(http, options.Value, body => WebhookSignature.MatchesBase64(http.Request.Headers["x-twitter-webhooks-signature"], options.Value.X.ConsumerSecret, body),
            root => PlatformPayloads.ReadX(root, clock.GetUtcNow().UtcDateTime), intake);

    private static Task<IResult> GenericDelivery(HttpContext http, IOptions<WebcareOptions> options, MentionIntake intake, TimeProvider clock) =>
        DeliverAsync(http, options.Value, body => WebhookSignature.MatchesHex(http.Request.Headers["X-Webcare-Signature"], options.Value.Generic.Secret, body),
            root => [PlatformPayloads.ReadGeneric(root, clock.GetUtcNow().UtcDateTime)], intake);

    private static async Task<IResult> DeliverAsync(
        HttpContext http, WebcareOptions options, Func<byte[], bool> signed, Func<JsonElement, List<IncomingMention>> read, MentionIntake intake)
    {
        var body = await ReadBodyAsync(http.Request, options.MaxBodyBytes, http.RequestAborted);
        if (body is null)
            return TypedResults.Problem(title: "Body too large", detail: $"At most {options.MaxBodyBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (!signed(body))
            return TypedResults.Problem(title: "Signature missing or wrong", statusCode: StatusCodes.Status401Unauthorized);
        List<IncomingMention> mentions;
        try
        {
            using var json = JsonDocument.Parse(body);
            mentions = read(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            // A signed body of the wrong shape (a number where text belongs, a list of numbers): the sender's mistake, never ours.
            return TypedResults.Problem(title: "Body is not a delivery this endpoint reads", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        var stored = await intake.StoreAsync(mentions, http.RequestAborted);
        return TypedResults.Ok(new DeliveryAnswer(mentions.Count, stored));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9_\-+/=]{1,200}$")]
    private static partial System.Text.RegularExpressions.Regex CrcToken();

    /// <summary>The raw body, or null when it is longer than <paramref name="max"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int max, CancellationToken ct)
    {
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

public sealed record CrcAnswer([property: System.Text.Json.Serialization.JsonPropertyName("response_token")] string ResponseToken);

public sealed record DeliveryAnswer(int Received, int Stored);
