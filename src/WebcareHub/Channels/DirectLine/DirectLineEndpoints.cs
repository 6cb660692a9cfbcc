using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Common;
using WebcareHub.Data;

namespace WebcareHub.Channels.DirectLine;

/// <summary>The Direct Line 3.0 REST routes (see shared/docs/direct-line.md, section 3).</summary>
public static partial class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix);
        group.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(DirectLineRateLimits.GeneratedTokens);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivity).RequireRateLimiting(DirectLineRateLimits.PostedActivities);
        group.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.Stream);
        group.MapPost("/conversations/{conversationId}/upload", UploadEndpoint.Upload)
            .RequireRateLimiting(DirectLineRateLimits.PostedActivities).DisableAntiforgery();
        group.MapGet("/attachments/{fileId}", UploadEndpoint.GetAttachment);
        group.MapGet("/session/getsessionid", () => DirectLineError.NotFound("Sessions are not offered").ToResult());
        return app;
    }

    private static async Task<IResult> GenerateToken(HttpRequest request, DirectLineAuth auth, TokenIssuer issuer,
        IOptions<BotOptions> bot, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        if (!caller!.IsSecret) return DirectLineError.Forbidden("Generating a token needs a secret").ToResult();

        var (body, bodyError) = await ReadOptionalJsonAsync<GenerateTokenRequest>(request, ct);
        if (bodyError is not null) return bodyError.ToResult();
        var userId = body?.User?.Id;
        if (userId is not null && !UserIdPattern().IsMatch(userId))
            return DirectLineError.BadArgument("user.id must match ^[A-Za-z0-9_.:-]{1,64}$").ToResult();

        var conversation = await issuer.ReserveConversationAsync(userId ?? RandomIds.UserId(), body?.User?.Name,
            bot.Value.DefaultLocale, DirectLineRateLimits.Source(request.HttpContext), ct);
        var token = await issuer.IssueAsync(conversation.Id, conversation.UserId, ct);
        return Json(new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, null));
    }

    /// <summary>A new token for the same conversation; the one it was called with stops working at once.</summary>
    private static async Task<IResult> RefreshToken(HttpRequest request, DirectLineAuth auth, TokenIssuer issuer,
        ConversationLimits limits, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        if (caller!.Token is not { } old) return DirectLineError.Forbidden("Refreshing needs a token, not a secret").ToResult();
        if (limits.RefreshRefused(old.ConversationId) is { } wait)
        {
            // botframework-directlinejs reads Retry-After as milliseconds.
            request.HttpContext.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalMilliseconds)).ToString();
            return DirectLineError.TooManyRequests("Too many token refreshes; try again later").ToResult();
        }
        var token = await issuer.ReplaceAsync(old, ct);
        return token is null
            ? DirectLineError.Forbidden("Unknown or revoked credential").ToResult()
            : Json(new ConversationResponse(old.ConversationId, token.Token, token.ExpiresIn, null));
    }

    private static async Task<IResult> StartConversation(HttpRequest request, DirectLineAuth auth, TokenIssuer issuer,
        WebcareDbContext db, StreamTokens streamTokens, TurnQueue queue, TimeProvider clock, IOptions<BotOptions> bot,
        CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        var (body, bodyError) = await ReadOptionalJsonAsync<StartConversationRequest>(request, ct);
        if (bodyError is not null) return bodyError.ToResult();
        // Without a locale in the body the conversation keeps the one its token was issued with.
        var requestedLocale = body?.Locale is { } asked ? Locales.Normalize(asked, bot.Value.DefaultLocale) : null;

        string conversationId, credential;
        int expiresIn;
        DateTime? credentialExpiresAt;
        if (caller!.Token is { } token)
        {
            conversationId = token.ConversationId;
            credential = BearerValue(request);
            expiresIn = SecondsLeft(token, clock);
            credentialExpiresAt = token.ExpiresAt;
        }
        else
        {
            var reserved = await issuer.ReserveConversationAsync(RandomIds.UserId(), null,
                requestedLocale ?? bot.Value.DefaultLocale, DirectLineRateLimits.Source(request.HttpContext), ct);
            var issued = await issuer.IssueAsync(reserved.Id, reserved.UserId, ct);
            (conversationId, credential, expiresIn, credentialExpiresAt) = (reserved.Id, issued.Token, issued.ExpiresIn, null);
        }

        var started = await db.Conversations
            .Where(c => c.Id == conversationId && c.StartedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.StartedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(c => c.Locale, c => requestedLocale ?? c.Locale), ct) == 1;
        if (started)
        {
            var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId, ct);
            var serviceUrl = ServiceUrl(request);
            queue.Enqueue(conversationId, sp =>
            {
                var channelBot = sp.GetRequiredService<DirectLineBot>();
                var update = channelBot.ConversationStarted(conversationId, conversation.UserId, conversation.UserName, conversation.Locale);
                return channelBot.RunTurnAsync(conversationId, update, serviceUrl, CancellationToken.None);
            });
        }

        var streamUrl = StreamUrl(request, conversationId, 0, streamTokens.Create(conversationId, 0, credentialExpiresAt));
        var response = new ConversationResponse(conversationId, credential, expiresIn, streamUrl);
        return started
            ? TypedResults.Json(response, ActivityJson.Options, statusCode: StatusCodes.Status201Created)
            : Json(response);
    }

    private static async Task<IResult> Reconnect(string conversationId, HttpRequest request, DirectLineAuth auth,
        TokenIssuer issuer, StreamTokens streamTokens, TimeProvider clock, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        var (conversation, accessError) = await auth.OpenAsync(caller!, conversationId, ct);
        if (accessError is not null) return accessError.ToResult();
        if (!TryParseWatermark(request.Query["watermark"], out var watermark))
            return DirectLineError.BadArgument("watermark must be a number").ToResult();

        string credential;
        int expiresIn;
        DateTime? credentialExpiresAt = null;
        if (caller!.Token is { } token)
        {
            (credential, expiresIn, credentialExpiresAt) = (BearerValue(request), SecondsLeft(token, clock), token.ExpiresAt);
        }
        else
        {
            var issued = await issuer.IssueAsync(conversationId, conversation!.UserId, ct);
            (credential, expiresIn) = (issued.Token, issued.ExpiresIn);
        }
        var streamUrl = StreamUrl(request, conversationId, watermark,
            streamTokens.Create(conversationId, watermark, credentialExpiresAt));
        return Json(new ConversationResponse(conversationId, credential, expiresIn, streamUrl));
    }

    private static async Task<IResult> GetActivities(string conversationId, HttpRequest request, DirectLineAuth auth,
        ConversationStore store, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, error) = await auth.AuthenticateAsync(request, ct);
        if (error is not null) return error.ToResult();
        var (conversation, accessError) = await auth.OpenAsync(caller!, conversationId, ct);
        if (accessError is not null) return accessError.ToResult();
        if (!TryParseWatermark(request.Query["watermark"], out var watermark))
            return DirectLineError.BadArgument("watermark must be a number").ToResult();

        var page = await store.ReadAsync(conversationId, watermark, options.Value.MaxActivitiesPerGet, ct);
        var last = page.Count > 0 ? page[^1].Sequence : Math.Min(watermark, conversation!.LastSequence);
        return Json(new ActivitySet(page.Select(p => p.Activity).ToList(), last.ToString()));
    }

    private static Task<IResult> PostActivity(string conversationId, HttpRequest request, ActivityIntake intake, CancellationToken ct) =>
        intake.PostAsync(conversationId, request, ct);

    internal static IResult Json<T>(T value) => TypedResults.Json(value, ActivityJson.Options);

    internal static string BearerValue(HttpRequest request) => request.Headers.Authorization.ToString()[7..].Trim();

    internal static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{Prefix}";

    private static int SecondsLeft(DirectLineToken token, TimeProvider clock) =>
        Math.Max(0, (int)(token.ExpiresAt - clock.GetUtcNow().UtcDateTime).TotalSeconds);

    private static string StreamUrl(HttpRequest request, string conversationId, long watermark, string t)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream" +
               $"?watermark={watermark}&t={Uri.EscapeDataString(t)}";
    }

    internal static bool TryParseWatermark(string? raw, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(raw) || (long.TryParse(raw, out watermark) && watermark >= 0);
    }

    private static async Task<(T? Body, DirectLineError? Error)> ReadOptionalJsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength is 0) return (null, null);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(text, ActivityJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineError.BadArgument("The body is not valid JSON"));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex UserIdPattern();

    private sealed record GenerateTokenRequest(ChannelAccount? User);
    private sealed record StartConversationRequest(string? Locale);
}

public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

public sealed record ActivitySet(List<Activity> Activities, string? Watermark);
