using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Conversations;
using WebcareHub.Staff;

namespace WebcareHub.Webcare;

/// <summary>
/// Staff make a one-time private chat link for a mention; the website chat opened with it redeems the link
/// with its own Direct Line token, so the conversation linked is the one that token belongs to.
/// </summary>
public static class PrivateChatLinkEndpoints
{
    public static IEndpointRouteBuilder MapPrivateChatLinks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webcare/mentions/{id:int}/chat-link", CreateLink)
            .RequireAuthorization(StaffPolicies.ApproveWebcareReplies).DisableAntiforgery();
        app.MapPost("/api/webcare/chat-links/redeem", RedeemLink).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<ChatLink>, NotFound, UnauthorizedHttpResult>> CreateLink(
        int id, HttpContext http, UserManager<StaffUser> users, PrivateChatLinks links, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return TypedResults.Unauthorized();
        var token = await links.CreateAsync(id, user.Id, user.DisplayName, ct);
        if (token is null) return TypedResults.NotFound();
        return TypedResults.Ok(new ChatLink($"{http.Request.Scheme}://{http.Request.Host}/?{PrivateChatLinks.QueryParameter}={Uri.EscapeDataString(token)}"));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RedeemLink(
        RedeemRequest request, HttpRequest http, DirectLineAuth auth, PrivateChatLinks links, CancellationToken ct)
    {
        var (caller, _) = await auth.AuthenticateAsync(http, ct);
        if (caller?.Token is not { } token)
            return TypedResults.Problem(title: "A website chat token is required", statusCode: StatusCodes.Status401Unauthorized);
        if (string.IsNullOrEmpty(request.Link) || !await links.RedeemAsync(request.Link, ConversationKey.DirectLine(token.ConversationId), ct))
            return TypedResults.Problem(title: "This link is unknown, used or expired", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.NoContent();
    }
}

public sealed record ChatLink(string Url);

public sealed record RedeemRequest(string? Link);
