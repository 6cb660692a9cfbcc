using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Handoff;

namespace WebcareHub.FollowUps;

public enum NpsLinkOutcome
{
    Open,
    Recorded,
    Unknown,
    Expired,
    Used,
}

/// <summary>
/// Records NPS answers, from the chat (score, then the why) or from the one-time link (both at once). A score is
/// taken only while the survey has none, with a conditional update, so two answers never both count. A detractor
/// (0–6) becomes a call-back task in the one list, with the score and the why as context.
/// </summary>
public sealed class NpsSurveys(WebcareDbContext db, CallbackTexts texts, ContactWindow window, TimeProvider clock)
{
    public const int DetractorMax = 6;
    public const int PromoterMin = 9;

    /// <summary>The score the customer gave in the chat; false when this conversation has no open survey (answered already, or none).</summary>
    public async Task<bool> RecordChatScoreAsync(string conversationKey, int score, CancellationToken ct)
    {
        if (score is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(score));
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = await db.NpsSurveys.Where(s => s.ConversationKey == conversationKey && s.Score == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Score, score).SetProperty(s => s.AnsweredAt, now)
                .SetProperty(s => s.AnsweredVia, "chat").SetProperty(s => s.State, NpsState.Answered), ct);
        if (taken == 0) return false;
        if (score <= DetractorMax) await FileDetractorAsync(await IdOfAsync(conversationKey, ct), ct);
        return true;
    }

    /// <summary>The "why" after a score in the chat (null: the customer would rather not say). True when the score was a detractor's.</summary>
    public async Task<bool> RecordChatWhyAsync(string conversationKey, string? why, CancellationToken ct)
    {
        why = Trim(why);
        var survey = await db.NpsSurveys.AsNoTracking().Where(s => s.ConversationKey == conversationKey && s.AnsweredVia == "chat")
            .Select(s => new { s.Id, s.Score }).SingleOrDefaultAsync(ct);
        if (survey is null) return false;
        if (why is not null) await db.NpsSurveys.Where(s => s.Id == survey.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Why, why), ct);
        if (survey.Score > DetractorMax) return false;
        var context = await ContextAsync(survey.Id, ct);
        await db.CallbackTasks.Where(t => t.SourceKey == SourceKey(survey.Id)).ExecuteUpdateAsync(u => u.SetProperty(t => t.Context, context), ct);
        return true;
    }

    /// <summary>Whether the chat's survey is a known customer's (the call-back list then has their number).</summary>
    public Task<bool> HasDebtorAsync(string conversationKey, CancellationToken ct) =>
        db.NpsSurveys.AnyAsync(s => s.ConversationKey == conversationKey && s.DebtorId != null, ct);

    /// <summary>Whether a link token can still be answered, and the survey's language.</summary>
    public async Task<(NpsLinkOutcome Outcome, string Language)> LinkStatusAsync(string token, CancellationToken ct)
    {
        var hash = RandomIds.Hash(token);
        var s = await db.NpsSurveys.AsNoTracking().Where(x => x.TokenHash == hash || x.PreviousTokenHash == hash)
            .Select(x => new { x.Score, x.LinkExpiresAt, x.Language }).SingleOrDefaultAsync(ct);
        if (s is null) return (NpsLinkOutcome.Unknown, "nl");
        if (s.Score is not null) return (NpsLinkOutcome.Used, s.Language);
        return (s.LinkExpiresAt <= clock.GetUtcNow().UtcDateTime ? NpsLinkOutcome.Expired : NpsLinkOutcome.Open, s.Language);
    }

    /// <summary>The answer from the one-time link: recorded once; a second use, an expired or unknown token is refused.</summary>
    public async Task<NpsLinkOutcome> RecordLinkAnswerAsync(string token, int score, string? why, CancellationToken ct)
    {
        if (score is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(score));
        var hash = RandomIds.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        why = Trim(why);
        var taken = await db.NpsSurveys.Where(s => (s.TokenHash == hash || s.PreviousTokenHash == hash) && s.Score == null && s.LinkExpiresAt > now)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Score, score).SetProperty(s => s.Why, why).SetProperty(s => s.AnsweredAt, now)
                .SetProperty(s => s.AnsweredVia, "email").SetProperty(s => s.State, NpsState.Answered), ct);
        if (taken == 0)
        {
            var (outcome, _) = await LinkStatusAsync(token, ct);
            // Between our update and the look-up nothing can re-open a survey: Open here means it expired at this very moment.
            return outcome == NpsLinkOutcome.Open ? NpsLinkOutcome.Expired : outcome;
        }
        if (score <= DetractorMax) await FileDetractorAsync(await db.NpsSurveys.Where(s => s.TokenHash == hash || s.PreviousTokenHash == hash).Select(s => s.Id).SingleAsync(ct), ct);
        return NpsLinkOutcome.Recorded;
    }

    /// <summary>
    /// Where the question may go by e-mail: the debtor record's address, else the address the customer gave in this chat
    /// for the summary of an agreement; null when neither is a usable address.
    /// </summary>
    public async Task<string?> EmailForAsync(string conversationKey, int? debtorId, CancellationToken ct)
    {
        var recorded = debtorId is null ? null : await db.Debtors.Where(d => d.Id == debtorId).Select(d => d.Email).SingleOrDefaultAsync(ct);
        if (EmailAddresses.IsValid(recorded)) return recorded;
        var given = await db.AgreementSummaries
            .Where(s => s.Kind == SummaryKind.Summary
                && ((s.PaymentPromise != null && s.PaymentPromise.RecordedBy == conversationKey)
                    || (s.PaymentArrangement != null && s.PaymentArrangement.RecordedBy == conversationKey)))
            .OrderByDescending(s => s.Id).Select(s => s.Email).FirstOrDefaultAsync(ct);
        return EmailAddresses.IsValid(given) ? given : null;
    }

    public static string SourceKey(int surveyId) => $"nps:{surveyId}";

    private async Task FileDetractorAsync(int surveyId, CancellationToken ct)
    {
        var s = await db.NpsSurveys.AsNoTracking().SingleAsync(x => x.Id == surveyId, ct);
        var (context, opening) = texts.Render(CallbackReasons.Detractor, s.Language, Values(s));
        var now = clock.GetUtcNow();
        var task = new CallbackTask
        {
            SourceKey = SourceKey(surveyId), Reason = CallbackReasons.Detractor, DueAt = window.NextAllowed(now).UtcDateTime,
            CreatedAt = now.UtcDateTime, DebtorId = s.DebtorId, InvoiceNumber = s.InvoiceNumber, ConversationKey = s.ConversationKey,
            Language = s.Language, Context = CallbackTask.Clip(context), OpeningLine = opening,
        };
        // One task per survey: a second answer finds it filed.
        await db.AddOnceAsync(task, ct);
    }

    private async Task<string> ContextAsync(int surveyId, CancellationToken ct)
    {
        var s = await db.NpsSurveys.AsNoTracking().SingleAsync(x => x.Id == surveyId, ct);
        return CallbackTask.Clip(texts.Render(CallbackReasons.Detractor, s.Language, Values(s)).Context);
    }

    private Dictionary<string, string> Values(NpsSurvey s) => new()
    {
        ["score"] = s.Score?.ToString(CultureInfo.InvariantCulture) ?? "?",
        ["why"] = s.Why ?? "(geen toelichting)",
        ["agent"] = s.AgentName ?? "?",
        ["channel"] = s.Channel,
        ["via"] = s.AnsweredVia == "email" ? "e-mail" : "chat",
        ["date"] = window.Today(new DateTimeOffset(s.ClosedAt, TimeSpan.Zero)).ToString("d MMMM yyyy", Locales.Culture(Locales.Dutch)),
        ["customerDate"] = window.Today(new DateTimeOffset(s.ClosedAt, TimeSpan.Zero))
            .ToString("d MMMM", Locales.Culture(Locales.OfLanguage(s.Language))),
    };

    private Task<int> IdOfAsync(string conversationKey, CancellationToken ct) =>
        db.NpsSurveys.Where(s => s.ConversationKey == conversationKey).Select(s => s.Id).SingleAsync(ct);

    private static string? Trim(string? why) =>
        string.IsNullOrWhiteSpace(why) ? null : why.Trim()[..Math.Min(why.Trim().Length, NpsSurvey.MaxWhyLength)];
}
