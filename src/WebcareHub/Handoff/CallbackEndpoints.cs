using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
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

    private static async Task<List<CallbackView>> ListCallbacks(bool? done, ClaimsPrincipal user, WebcareDbContext db, CancellationToken ct)
    {
        var me = UserId(user);
        var rows = await db.CallbackTasks.AsNoTracking()
            .Where(t => (t.DoneAt != null) == (done ?? false))
            .OrderBy(t => t.Reason == CallbackReasons.Crisis ? 0 : 1).ThenBy(t => t.DueAt).ThenBy(t => t.Id) // a crisis first, as the bot told the customer
            .Take(500)
            .Select(t => new { Task = t, OnFile = db.Debtors.Where(d => d.Id == t.DebtorId).Select(d => d.Phone).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CallbackView(r.Task.Id, r.Task.Reason, r.Task.DueAt, r.Task.InvoiceNumber, r.Task.Language,
            r.Task.Context, r.Task.OpeningLine, r.Task.AssignedTo, r.Task.AssignedName, r.Task.ClaimedAt, r.Task.DoneAt, r.Task.Outcome,
            NumberToCall(r.Task.Context, r.OnFile), r.Task.AssignedTo == me))];
    }

    /// <summary>The latest number the customer gave in their own words comes first (they chose it for this call), else the one on file.</summary>
    private static string? NumberToCall(string context, string? onFile) =>
        PiiFinder.PhonesIn(context).LastOrDefault() ?? (string.IsNullOrWhiteSpace(onFile) ? null : onFile);

    private static async Task<Results<Ok, NotFound, ProblemHttpResult>> ClaimCallback(int id, ClaimsPrincipal user, WebcareDbContext db,
        UserManager<StaffUser> users, TimeProvider clock, CancellationToken ct)
    {
        var me = UserId(user);
        var now = clock.GetUtcNow().UtcDateTime;
        // Colleagues see the name the agent goes by, as in the console, not the e-mail address they sign in with.
        var name = (await users.GetUserAsync(user))?.DisplayName is { Length: > 0 } displayName ? displayName : user.Identity!.Name;
        // A conditional update: of two agents claiming at once, one changes the row and the other sees it taken.
        var claimed = await db.CallbackTasks.Where(t => t.Id == id && t.DoneAt == null && (t.AssignedTo == null || t.AssignedTo == me))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.AssignedTo, me).SetProperty(t => t.AssignedName, name)
                .SetProperty(t => t.ClaimedAt, now), ct);
        if (claimed == 1) return TypedResults.Ok();
        return await StateAsync(db, id, ct) is { } task
            ? Refused(task.DoneAt is null ? Taken : Done)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok, NotFound, ProblemHttpResult>> CompleteCallback(int id, CompleteCallbackRequest request,
        ClaimsPrincipal user, WebcareDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = UserId(user);
        var outcome = request.Outcome.Trim();
        if (await StateAsync(db, id, ct) is not { } read) return TypedResults.NotFound();
        // The customer can still add words in the chat (they join this task): a close over words the agent did not
        // read is refused, and so is one that races with such words (the update is conditional on the words read).
        if (WhyNot(read, me, request.ContextLength) is { } refused) return Refused(refused);
        var readWords = request.ContextLength is not null;
        var done = await db.CallbackTasks.Where(t => t.Id == id && t.DoneAt == null && t.AssignedTo == me && (!readWords || t.Context == read.Context))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.DoneAt, clock.GetUtcNow().UtcDateTime).SetProperty(t => t.Outcome, outcome), ct);
        if (done == 0)
        {
            var now = await StateAsync(db, id, ct);
            return Refused(now is null ? Done : WhyNot(now, me, read.Context.Length) ?? WordsAdded);
        }
        // A call-back the customer asked for in the chat is a hand-off too: it is resolved with the same outcome.
        if (CallbackTask.HandoffIdOf(read.SourceKey) is { } handoffId)
        {
            await db.HandoffRequests.Where(h => h.Id == handoffId && h.Status == HandoffStatus.CallbackRequested)
                .ExecuteUpdateAsync(u => u.SetProperty(h => h.Status, HandoffStatus.Resolved).SetProperty(h => h.AgentId, me)
                    .SetProperty(h => h.Outcome, outcome), ct);
        }
        return TypedResults.Ok();
    }

    private sealed record TaskState(string Context, string SourceKey, DateTime? DoneAt, string? AssignedTo);

    private static Task<TaskState?> StateAsync(WebcareDbContext db, int id, CancellationToken ct) =>
        db.CallbackTasks.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TaskState(t.Context, t.SourceKey, t.DoneAt, t.AssignedTo)).SingleOrDefaultAsync(ct);

    // Why a claim or close is refused, sent as the problem's "reason" for the page to say in words.
    private const string Taken = "taken", Done = "done", ClaimFirst = "claim-first", WordsAdded = "words-added";

    /// <summary>Why this agent cannot close the task as they read it, or null when they can.</summary>
    private static string? WhyNot(TaskState task, string me, int? contextLengthRead) =>
        task.DoneAt is not null ? Done
        : task.AssignedTo is null ? ClaimFirst
        : task.AssignedTo != me ? Taken
        : contextLengthRead is { } length && length != task.Context.Length ? WordsAdded
        : null;

    /// <summary>Why a claim or close is refused, for the page to say in words: "taken" (a colleague has it), "done",
    /// "claim-first" (nobody claimed it yet) or "words-added" (the customer added words since the agent read it).</summary>
    private static ProblemHttpResult Refused(string reason) => TypedResults.Problem(
        title: reason switch
        {
            Taken => "A colleague claimed this call-back",
            Done => "This call-back is already done",
            ClaimFirst => "Claim the call-back before closing it",
            _ => "The customer added words since you read the task",
        },
        detail: reason == WordsAdded ? "Read the task again before closing it." : null,
        statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["reason"] = reason });

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}

public sealed record CallbackView(int Id, string Reason, DateTime DueAt, string? InvoiceNumber, string Language, string Context,
    string? OpeningLine, string? AssignedTo, string? AssignedName, DateTime? ClaimedAt, DateTime? DoneAt, string? Outcome, string? Phone,
    bool Mine);

/// <summary>The outcome of the call; <see cref="ContextLength"/> is the length of the task's words as the agent read them
/// (the close is refused when the customer added words since). Without it, any words the customer added count as read.</summary>
public sealed record CompleteCallbackRequest([property: Required, StringLength(500, MinimumLength = 2)] string Outcome,
    [property: Range(0, CallbackTask.MaxContextLength)] int? ContextLength = null);
