using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels.DirectLine;
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
    /// <summary>{file} is the token of <see cref="StaffFileIds"/>, never the file's own id.</summary>
    public const string Route = "/api/console/chats/{handoffId:int}/files/{file}";

    public static IEndpointRouteBuilder MapChatFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetFile).RequireAuthorization(StaffPolicies.ReadCustomerData);
        return app;
    }

    private static async Task<IResult> GetFile(int handoffId, string file, ClaimsPrincipal user, IAuthorizationService authorization,
        StaffFileIds ids, WebcareDbContext db, HttpResponse response, CancellationToken ct)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var chat = await db.HandoffRequests.AsNoTracking().Where(h => h.Id == handoffId)
            .Select(h => new { h.ConversationKey, h.Status, h.AgentId }).SingleOrDefaultAsync(ct);
        if (chat is null) return TypedResults.Problem("No such chat.", statusCode: StatusCodes.Status404NotFound);
        var mine = chat.Status == HandoffStatus.WithAgent && chat.AgentId == me;
        if (!mine && !(await authorization.AuthorizeAsync(user, StaffPolicies.SuperviseTeam)).Succeeded)
            return TypedResults.Problem("This chat is not yours.", statusCode: StatusCodes.Status403Forbidden);
        var conversationId = ConversationKey.DirectLineId(chat.ConversationKey);
        var fileId = ids.FileId(file);
        var stored = conversationId is null || fileId is null
            ? null
            : await db.UploadedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.ConversationId == conversationId, ct);
        if (stored is null)
            return TypedResults.Problem("This chat has no such file (files are kept for the retention period only).", statusCode: StatusCodes.Status404NotFound);
        return UploadEndpoint.Download(stored, response);
    }
}
