using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WebcareHub.Common;
using WebcareHub.Staff;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Understanding;

/// <summary><c>POST /api/nlu/parse</c>: what the bot reads from a phrase, for editors trying phrases and for measuring.</summary>
public static class NluEndpoints
{
    public const int MaxTextLength = 2000;

    public static IEndpointRouteBuilder MapNlu(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/nlu/parse", Parse).DisableAntiforgery();
        return app;
    }

    private static Results<Ok<ParseResponse>, ValidationProblem, UnauthorizedHttpResult> Parse(
        ParseRequest request, HttpContext http, Understander understander, CustomerClock clock, IOptions<UnderstandingOptions> options)
    {
        // Staff only, except where the setting opens it (Development) for editors trying phrases.
        if (!options.Value.OpenParseEndpoint && !StaffRoles.All.Any(http.User.IsInRole)) return TypedResults.Unauthorized();
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text)) errors["text"] = ["text is required"];
        else if (request.Text.Length > MaxTextLength) errors["text"] = [$"text may be at most {MaxTextLength} characters"];
        DateOnly today = clock.Today;
        if (request.Today is not null && !DateOnly.TryParseExact(request.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            errors["today"] = ["today must be a date as YYYY-MM-DD"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The phrase cannot be parsed");

        var result = understander.Understand(request.Text!, today);
        var e = result.Entities;
        return TypedResults.Ok(new ParseResponse(
            result.Intent,
            result.Confidence,
            new ParsedEntities(e.InvoiceNumber, e.AmountCents / 100m, e.Postcode, DateJson(e.Date),
                e.Date is { Kind: DateMentionKind.Ambiguous or DateMentionKind.Impossible or DateMentionKind.Past } d ? d.Kind.ToString().ToLowerInvariant() : null,
                e.Date is { Kind: DateMentionKind.Ambiguous } a ? a.Alternatives.Select(Iso).ToList() : null),
            result.Distress.Any,
            result.Distress.Crisis,
            result.Distress.Kinds.Order().Select(k => k.ToString().ToLowerInvariant()).ToList(),
            result.Distress.Signal == CrisisSignal.Unsure,
            result.Distress.AboutSomeoneClose,
            result.Intent.StartsWith(IntentClassifier.FaqPrefix, StringComparison.Ordinal) ? result.Intent[IntentClassifier.FaqPrefix.Length..] : null,
            result.Intents.Ranked.Take(3).Select(r => new IntentScore(r.Intent, r.Score)).ToList(),
            result.Distress.Reasons));
    }

    private static JsonNode? DateJson(DateMention? date) => date switch
    {
        { Kind: DateMentionKind.Day } => JsonValue.Create(Iso(date.Start)),
        { Kind: DateMentionKind.Period } => new JsonObject { ["start"] = Iso(date.Start), ["end"] = Iso(date.End), ["due"] = Iso(date.Due) },
        _ => null,
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record ParseRequest(string? Text, string? Locale, string? Today);

/// <summary><c>date</c> is "YYYY-MM-DD" or {start, end, due} (due: the day a payment in that period is noted for); <c>dateProblem</c> says "ambiguous" (see <c>dateOptions</c>), "impossible", or "past" (a day gone by, told about: no payment day).</summary>
public sealed record ParsedEntities(string? InvoiceNumber, decimal? Amount, string? Postcode, JsonNode? Date, string? DateProblem,
    List<string>? DateOptions);

/// <summary>
/// <c>distressKinds</c>: anger, fear, despair, grief, shame; <c>crisis</c>: the bot answers with 113 at once;
/// <c>possibleCrisis</c>: it asks gently first; <c>crisisAboutSomeoneClose</c>: the signal is told of someone close, and
/// the bot answers the worried relative instead; <c>faq</c>: the id of the common question matched;
/// <c>alternatives</c>: the three likeliest intents; <c>reasons</c>: the words that made the models say so.
/// </summary>
public sealed record ParseResponse(string Intent, double Confidence, ParsedEntities Entities, bool Distress, bool Crisis,
    IReadOnlyList<string> DistressKinds, bool PossibleCrisis, bool CrisisAboutSomeoneClose, string? Faq, IReadOnlyList<IntentScore> Alternatives,
    IReadOnlyList<string> Reasons);

public sealed record IntentScore(string Intent, double Score);
