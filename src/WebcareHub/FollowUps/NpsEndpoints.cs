using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using WebcareHub.Staff;

namespace WebcareHub.FollowUps;

/// <summary>
/// The NPS report for supervisors (<c>GET /api/nps/report</c>) and the two anonymous routes behind the survey page: is a
/// one-time link still open, and its answer. The token travels in the body, never in a URL.
/// </summary>
public static class NpsEndpoints
{
    public static IEndpointRouteBuilder MapNps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/nps/report", GetReport).RequireAuthorization(StaffPolicies.SuperviseTeam);
        var survey = app.MapGroup("/api/nps").AllowAnonymous().DisableAntiforgery();
        survey.MapPost("/survey", GetSurvey);
        survey.MapPost("/answers", Answer);
        return app;
    }

    private static Task<NpsReportView> GetReport(int? weeks, NpsReport report, CancellationToken ct) => report.BuildAsync(weeks ?? 12, ct);

    private static async Task<Results<Ok<NpsSurveyView>, ProblemHttpResult>> GetSurvey(NpsTokenRequest request, NpsSurveys surveys, CancellationToken ct)
    {
        var (outcome, language) = await surveys.LinkStatusAsync(request.Token ?? "", ct);
        return outcome == NpsLinkOutcome.Open ? TypedResults.Ok(new NpsSurveyView(language)) : Refusal(outcome);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Answer(NpsAnswerRequest request, NpsSurveys surveys, CancellationToken ct)
    {
        var outcome = await surveys.RecordLinkAnswerAsync(request.Token, request.Score!.Value, request.Why, ct);
        return outcome == NpsLinkOutcome.Recorded ? TypedResults.NoContent() : Refusal(outcome);
    }

    /// <summary>The survey page shows each of these in words: unknown (404), expired (410), answered already (409).</summary>
    private static ProblemHttpResult Refusal(NpsLinkOutcome outcome) => outcome switch
    {
        NpsLinkOutcome.Used => TypedResults.Problem(title: "This survey has been answered already", statusCode: StatusCodes.Status409Conflict),
        NpsLinkOutcome.Expired => TypedResults.Problem(title: "This survey link has expired", statusCode: StatusCodes.Status410Gone),
        _ => TypedResults.Problem(title: "Unknown survey link", statusCode: StatusCodes.Status404NotFound),
    };
}

public sealed record NpsTokenRequest(string? Token);

public sealed record NpsSurveyView(string Language);

public sealed record NpsAnswerRequest(
    [property: Required, StringLength(100)] string Token,
    [property: Required, Range(0, 10)] int? Score,
    [property: StringLength(NpsSurvey.MaxWhyLength)] string? Why);
