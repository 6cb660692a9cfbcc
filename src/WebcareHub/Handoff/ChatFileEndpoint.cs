using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Conversations;
using WebcareHub.Data;
using WebcareHub.Staff;

namespace WebcareHub.Handoff;

/// <summary>
/// A file the customer sent in a chat, opened by staff from the console: by the agent who has the chat, or by a
/// supervisor (who may read along with any chat). The file must belong to that chat's conversation.
/// </summary>
public static class ChatFileEndpoint
{
    public const string Route = "/api/console/chats/{handoffId:int}/files/{fileId}";

    public static IEndpointRouteBuilder MapChatFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetFile).RequireAuthorization(StaffPolicies.ClaimChats);
        return app;
    }

    private static async Task<IResult> GetFile(int handoffId, string fileId, ClaimsPrincipal user, IAuthorizationService authorization,
        WebcareDbContext db, HttpResponse response, CancellationToken ct)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var chat = await db.HandoffRequests.AsNoTracking().Where(h => h.Id == handoffId)
            .Select(h => new { h.ConversationKey, h.Status, h.AgentId }).SingleOrDefaultAsync(ct);
        if (chat is null) return TypedResults.Problem("No such chat.", statusCode: StatusCodes.Status404NotFound);
        var mine = chat.Status == HandoffStatus.WithAgent && chat.AgentId == me;
        if (!mine && !(await authorization.AuthorizeAsync(user, StaffPolicies.SuperviseTeam)).Succeeded)
            return TypedResults.Problem("This chat is not yours.", statusCode: StatusCodes.Status403Forbidden);
        var conversationId = ConversationKey.DirectLineId(chat.ConversationKey);
        var file = conversationId is null
            ? null
            : await db.UploadedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.ConversationId == conversationId, ct);
        if (file is null)
            return TypedResults.Problem("This chat has no such file (files are kept for the retention period only).", statusCode: StatusCodes.Status404NotFound);
        // Downloaded, never shown inline on the console's origin: a customer's file is no page of ours.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, file.ContentType, file.Name);
    }
}
