using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;
using WebcareHub.Staff;

namespace WebcareHub.Webcare;

/// <summary>The webcare queue's API: mentions with filters, one mention with its context, templates, drafts and approvals.</summary>
public static class MentionEndpoints
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapMentionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webcare").RequireAuthorization(StaffPolicies.ApproveWebcareReplies).DisableAntiforgery();
        group.MapGet("/mentions", ListMentions);
        group.MapGet("/mentions/{id:int}", GetMention);
        group.MapGet("/templates", ListTemplates);
        group.MapPost("/mentions/{id:int}/replies", DraftReply);
        group.MapPost("/mentions/{id:int}/replies/{replyId:int}/approve", ApproveReply);
        return app;
    }

    private static async Task<Results<Ok<List<MentionSummary>>, ValidationProblem>> ListMentions(
        WebcareDbContext db, RiskPhrases phrases, CancellationToken ct, int limit = 100, string? status = null, string? risk = null,
        string? platform = null, string? sentiment = null, string? lang = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"limit is 1 to {MaxLimit}"];
        MentionStatus? statusValue = null;
        MentionRisk? riskValue = null;
        MentionSentiment? sentimentValue = null;
        if (status is not null) { if (Enum.TryParse<MentionStatus>(status, true, out var s)) statusValue = s; else errors["status"] = [$"one of {string.Join(", ", Enum.GetNames<MentionStatus>())}"]; }
        if (risk is not null) { if (Enum.TryParse<MentionRisk>(risk, true, out var r)) riskValue = r; else errors["risk"] = ["one of low, medium, high"]; }
        if (sentiment is not null) { if (Enum.TryParse<MentionSentiment>(sentiment, true, out var s)) sentimentValue = s; else errors["sentiment"] = ["one of negative, neutral, positive"]; }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Filters are not right");

        var query = db.Mentions.AsNoTracking();
        if (statusValue is { } st) query = query.Where(m => m.Status == st);
        if (riskValue is { } rv) query = query.Where(m => m.Risk == rv);
        if (sentimentValue is { } sv) query = query.Where(m => m.Sentiment == sv);
        if (!string.IsNullOrEmpty(platform)) query = query.Where(m => m.Platform == platform.ToLower());
        // A possible crisis first, then by due time: what must be answered soonest on top.
        var mentions = await query.OrderByDescending(m => m.Crisis).ThenBy(m => m.DueAt).ThenBy(m => m.Id).Take(limit).ToListAsync(ct);
        return TypedResults.Ok(mentions.Select(m => MentionSummary.Of(m, phrases, Language(lang))).ToList());
    }

    private static async Task<Results<Ok<MentionDetail>, NotFound>> GetMention(
        int id, WebcareDbContext db, RiskPhrases phrases, CancellationToken ct, string? lang = null)
    {
        var mention = await db.Mentions.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mention is null) return TypedResults.NotFound();
        var language = Language(lang);
        var parent = mention.ParentExternalId;
        var thread = await db.Mentions.AsNoTracking()
            .Where(m => m.Id != id && m.Platform == mention.Platform
                && ((parent != null && (m.ExternalId == parent || m.ParentExternalId == parent)) || m.ParentExternalId == mention.ExternalId))
            .OrderBy(m => m.CreatedAt).Take(50).ToListAsync(ct);
        var earlier = await db.Mentions.AsNoTracking()
            .Where(m => m.Id != id && m.Platform == mention.Platform && m.Author == mention.Author && m.Author != "?" && m.CreatedAt <= mention.CreatedAt)
            .OrderByDescending(m => m.CreatedAt).Take(20).ToListAsync(ct);
        var replies = await db.MentionReplies.AsNoTracking().Where(r => r.MentionId == id).OrderBy(r => r.DraftedAt)
            .Select(r => new ReplyView(r.Id, r.Text, r.DraftedByName, r.DraftedAt, r.ApprovedByName, r.ApprovedAt, r.PublishedAt, r.ExternalReplyId, r.Attempts, r.LastError))
            .ToListAsync(ct);
        var audit = await db.MentionAudits.AsNoTracking().Where(a => a.MentionId == id).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new AuditView(a.Action, a.ActorName, a.At, a.Details)).ToListAsync(ct);
        return TypedResults.Ok(new MentionDetail(
            MentionSummary.Of(mention, phrases, language),
            [.. PiiFinder.Find(mention.Text)],
            [.. thread.Select(m => MentionSummary.Of(m, phrases, language))],
            [.. earlier.Select(m => MentionSummary.Of(m, phrases, language))],
            replies, audit, mention.ChatStartedAt));
    }

    private static Ok<IReadOnlyList<ReplyTemplate>> ListTemplates(ReplyTemplates templates, string? lang = null) =>
        TypedResults.Ok(templates.For(Language(lang)));

    private static async Task<Results<Created<ReplyView>, NotFound, ProblemHttpResult, ValidationProblem>> DraftReply(
        int id, DraftRequest request, HttpContext http, UserManager<StaffUser> users, MentionReplies replies, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 2000)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["1 to 2000 characters"] }, title: "A reply needs text");
        var user = await users.GetUserAsync(http.User);
        if (user is null) return TypedResults.Problem(title: "Not signed in", statusCode: StatusCodes.Status401Unauthorized);
        var result = await replies.DraftAsync(id, request.Text, user.Id, user.DisplayName, ct);
        return result.Outcome switch
        {
            ReplyOutcome.Done => TypedResults.Created($"/api/webcare/mentions/{id}", View(result.Reply!)),
            ReplyOutcome.NotFound => TypedResults.NotFound(),
            ReplyOutcome.Blocked => Blocked(result),
            _ => Conflict("already-approved", "This mention already has an approved reply"),
        };
    }

    private static async Task<Results<Ok<ReplyView>, NotFound, ProblemHttpResult>> ApproveReply(
        int id, int replyId, HttpContext http, UserManager<StaffUser> users, MentionReplies replies, ReplyOutbox outbox, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return TypedResults.Problem(title: "Not signed in", statusCode: StatusCodes.Status401Unauthorized);
        var result = await replies.ApproveAsync(id, replyId, user.Id, user.DisplayName, ct);
        switch (result.Outcome)
        {
            case ReplyOutcome.NotFound: return TypedResults.NotFound();
            case ReplyOutcome.Blocked: return Blocked(result);
            case ReplyOutcome.SamePerson: return Conflict("same-person", "Reply needs a second approver", "The person who drafted a reply cannot approve it.");
            case ReplyOutcome.WrongState: return Conflict("nothing-to-approve", "Nothing to approve");
            case ReplyOutcome.Replaced: return Conflict("replaced", "This draft was replaced", "A newer draft of this reply waits for review; read and approve that one.");
        }
        // Publish at once; what fails here the outbox retries on its next run.
        await outbox.PublishDueAsync(ct);
        var reply = await replies.FindAsync(replyId, ct);
        return TypedResults.Ok(View(reply!));
    }

    private static ProblemHttpResult Blocked(ReplyResult result) => TypedResults.Problem(
        title: "The reply contains personal data, an amount or a hint of a debt",
        detail: string.Join("; ", result.Problems ?? []),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        extensions: new Dictionary<string, object?> { ["code"] = "blocked", ["problems"] = result.Problems });

    /// <summary>A refusal the queue page explains in the user's language by its <c>code</c>.</summary>
    private static ProblemHttpResult Conflict(string code, string title, string? detail = null) => TypedResults.Problem(
        title: title, detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["code"] = code });

    private static ReplyView View(MentionReply r) =>
        new(r.Id, r.Text, r.DraftedByName, r.DraftedAt, r.ApprovedByName, r.ApprovedAt, r.PublishedAt, r.ExternalReplyId, r.Attempts, r.LastError);

    private static string Language(string? lang) => lang is "en" ? "en" : "nl";
}

public sealed record DraftRequest(string? Text);

public sealed record ReplyView(
    int Id, string Text, string DraftedBy, DateTime DraftedAt, string? ApprovedBy, DateTime? ApprovedAt, DateTime? PublishedAt,
    string? ExternalReplyId, int Attempts, string? LastError);

public sealed record AuditView(string Action, string Actor, DateTime At, string? Details);

public sealed record MentionDetail(
    MentionSummary Mention, List<PiiMatch> Pii, List<MentionSummary> Thread, List<MentionSummary> EarlierByAuthor,
    List<ReplyView> Replies, List<AuditView> Audit, DateTime? PrivateChatStartedAt);
