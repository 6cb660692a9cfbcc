using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;

using WebcareHub.Common;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// <c>POST /api/chat/token</c>: the only way a web page gets a Direct Line credential. Each call creates a new
/// user and conversation and returns a token bound to both; the secret never reaches the browser.
/// </summary>
public static class ChatTokenEndpoints
{
    public const string Prefix = "/api/chat";
    public const string Path = Prefix + "/token";

    public static IEndpointRouteBuilder MapChatToken(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, CreateChatToken).RequireRateLimiting(DirectLineRateLimits.ChatTokens).DisableAntiforgery();
        app.MapGet(Prefix + "/settings", GetChatSettings);
        return app;
    }

    private static async Task<Results<Ok<ChatTokenResponse>, ProblemHttpResult>> CreateChatToken(
        HttpRequest request, ChatTokenRequest? body, DirectLineOrigins origins, TokenIssuer issuer,
        IOptions<BotOptions> bot, CancellationToken ct)
    {
        if (!origins.IsAllowed(request))
            return TypedResults.Problem(title: "This website may not open a chat", statusCode: StatusCodes.Status403Forbidden);

        var locale = Locales.Normalize(body?.Locale, bot.Value.DefaultLocale);
        var conversation = await issuer.ReserveConversationAsync(RandomIds.UserId(), null, locale, DirectLineRateLimits.Source(request.HttpContext), ct);
        var token = await issuer.IssueAsync(conversation.Id, conversation.UserId, ct);
        return TypedResults.Ok(new ChatTokenResponse(conversation.Id, token.Token, token.ExpiresIn, conversation.UserId));
    }

    /// <summary>What the widget page needs to know to render Web Chat (whether to show the upload button).</summary>
    private static Ok<ChatSettings> GetChatSettings(IOptions<DirectLineOptions> options) =>
        TypedResults.Ok(new ChatSettings(options.Value.Uploads.Enabled));
}

public sealed record ChatSettings(bool UploadsEnabled);

public sealed record ChatTokenRequest(string? Locale);

public sealed record ChatTokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
