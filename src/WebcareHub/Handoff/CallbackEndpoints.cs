using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;
using WebcareHub.Staff;
using WebcareHub.Webcare;

namespace WebcareHub.Handoff;

/// <summary>
/// The one call-back list (broken and partly paid promises, out-of-hours messages and requests, and whatever else
/// makes a <see cref="CallbackTask"/>): see it, claim a task (one agent wins), and close it with an outcome.
/// </summary>
public static class CallbackEndpoints
{
    public static IEndpointRouteBuilder MapCallbacks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/callbacks").RequireAuthorization(StaffPolicies.ClaimChats);
        group.MapGet("/", ListCallbacks);
        group.MapPost("/{id:int}/claim", ClaimCallback);
        group.MapPost("/{id:int}/done", CompleteCallback);
        return app;
    }

    private static async Task<List<CallbackView>> ListCallbacks(bool? done, WebcareDbContext db, CancellationToken ct)
    {
        var rows = await db.CallbackTasks.AsNoTracking()
            .Where(t => (t.DoneAt != null) == (done ?? false))
            .OrderBy(t => t.Reason == CallbackReasons.Crisis ? 0 : 1).ThenBy(t => t.DueAt).ThenBy(t => t.Id) // a crisis first, as the bot told the customer
            .Take(500)
            .Select(t => new { Task = t, OnFile = db.Debtors.Where(d => d.Id == t.DebtorId).Select(d => d.Phone).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CallbackView(r.Task.Id, r.Task.Reason, r.Task.DueAt, r.Task.InvoiceNumber, r.Task.Language,
            r.Task.Context, r.Task.OpeningLine, r.Task.AssignedTo, r.Task.AssignedName, r.Task.ClaimedAt, r.Task.DoneAt, r.Task.Outcome,
            NumberToCall(r.Task.Context, r.OnFile)))];
    }

    /// <summary>The latest number the customer gave in their own words comes first (they chose it for this call), else the one on file.</summary>
    private static string? NumberToCall(string context, string? onFile) =>
        PiiFinder.PhonesIn(context).LastOrDefault() ?? (string.IsNullOrWhiteSpace(onFile) ? null : onFile);

    private static async Task<Results<Ok, NotFound, ProblemHttpResult>> ClaimCallback(int id, ClaimsPrincipal user, WebcareDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var me = UserId(user);
        var now = clock.GetUtcNow().UtcDateTime;
        // A conditional update: of two agents claiming at once, one changes the row and the other sees it taken.
        var claimed = await db.CallbackTasks.Where(t => t.Id == id && t.DoneAt == null && (t.AssignedTo == null || t.AssignedTo == me))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.AssignedTo, me).SetProperty(t => t.AssignedName, user.Identity!.Name)
                .SetProperty(t => t.ClaimedAt, now), ct);
        if (claimed == 1) return TypedResults.Ok();
        return await db.CallbackTasks.AnyAsync(t => t.Id == id, ct)
            ? TypedResults.Problem(title: "Call-back taken by a colleague or already done", statusCode: StatusCodes.Status409Conflict)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok, NotFound, ProblemHttpResult>> CompleteCallback(int id, CompleteCallbackRequest request,
        ClaimsPrincipal user, WebcareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = UserId(user);
        var outcome = request.Outcome.Trim();
        if (await db.CallbackTasks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Context, t.SourceKey }).SingleOrDefaultAsync(ct)
            is not { } task)
            return TypedResults.NotFound();
        // The customer can still add words in the chat (they join this task): a close over words the agent did not
        // read is refused, and so is one that races with such words.
        if (request.ContextLength is { } read && read != task.Context.Length) return WordsAdded();
        var readWords = request.ContextLength is not null;
        var done = await db.CallbackTasks.Where(t => t.Id == id && t.DoneAt == null && t.AssignedTo == me && (!readWords || t.Context == task.Context))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.DoneAt, clock.GetUtcNow().UtcDateTime).SetProperty(t => t.Outcome, outcome), ct);
        if (done == 0)
        {
            return readWords && await db.CallbackTasks.AnyAsync(t => t.Id == id && t.DoneAt == null && t.Context != task.Context, ct)
                ? WordsAdded()
                : TypedResults.Problem(title: "Claim the call-back before closing it", statusCode: StatusCodes.Status409Conflict);
        }
        // A call-back the customer asked for in the chat is a hand-off too: it is resolved with the same outcome.
        if (CallbackTask.HandoffIdOf(task.SourceKey) is { } handoffId)
        {
            await db.HandoffRequests.Where(h => h.Id == handoffId && h.Status == HandoffStatus.CallbackRequested)
                .ExecuteUpdateAsync(u => u.SetProperty(h => h.Status, HandoffStatus.Resolved).SetProperty(h => h.AgentId, me)
                    .SetProperty(h => h.Outcome, outcome), ct);
        }
        return TypedResults.Ok();
    }

    private static ProblemHttpResult WordsAdded() => TypedResults.Problem(title: "The customer added words since you read the task",
        detail: "Read the task again before closing it.", statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["reason"] = "words-added" });

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}

public sealed record CallbackView(int Id, string Reason, DateTime DueAt, string? InvoiceNumber, string Language, string Context,
    string? OpeningLine, string? AssignedTo, string? AssignedName, DateTime? ClaimedAt, DateTime? DoneAt, string? Outcome, string? Phone);

/// <summary>The outcome of the call; <see cref="ContextLength"/> is the length of the task's words as the agent read them
/// (the close is refused when the customer added words since). Without it, any words the customer added count as read.</summary>
public sealed record CompleteCallbackRequest([property: Required, StringLength(500, MinimumLength = 2)] string Outcome,
    [property: Range(0, CallbackTask.MaxContextLength)] int? ContextLength = null);
