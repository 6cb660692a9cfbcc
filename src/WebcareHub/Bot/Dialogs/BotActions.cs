using System.Globalization;
using WebcareHub.Agreements;
using WebcareHub.Common;
using WebcareHub.Conversations;
using WebcareHub.Faq;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;
using WebcareHub.Invoices;
using WebcareHub.Understanding;
using WebcareHub.Webcare;

namespace WebcareHub.Bot.Dialogs;

/// <summary>What an action sees: the conversation's values (it may change them) and the customer's language.</summary>
public sealed record ActionContext(ConversationValues Values, string Locale, string ConversationKey,
    IReadOnlyDictionary<string, string> Arguments, CancellationToken Ct);

/// <summary>
/// The C# work dialogs ask for by key (<c>action: verification.check</c>). Each returns an outcome that the
/// step's <c>branches</c> map to the next step. Dialog files are checked against <see cref="Keys"/> at start-up.
/// </summary>
public sealed class BotActions(Verification verification, InvoiceFacts invoices, AgreementBook agreements,
    Handoffs handoffs, OpeningHours hours, FaqAnswers faqs, NpsSurveys nps)
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>
    {
        "verification.status", "verification.check", "invoices.describe", "agreements.standing",
        "promises.eligibility", "promises.check-date", "promises.record",
        "arrangements.eligibility", "arrangements.propose", "arrangements.record", "disputes.record",
        "handoff.hours", "handoff.request", "handoff.phone", "crisis.unanswered", "crisis.answered", "crisis.status", "fallback.count", "faq.answer", "files.kept", "summaries.queued", "summaries.to-address",
        "nps.score", "nps.why",
    };

    public const string ShortTerm = "short-term";
    public const string Disputed = "disputed";
    public const string Requested = "requested";
    /// <summary>The chat was waiting for a person already: no second request, the customer hears their place.</summary>
    public const string AlreadyWaiting = "already-waiting";

    /// <summary>A call-back was already noted in this chat: the new words joined that task.</summary>
    public const string AlreadyNoted = "already-noted";

    /// <summary>A colleague has a number to call: the verified customer's on file, or one in the customer's words.</summary>
    public const string PhoneKnown = "known";
    public const string PhoneMissing = "missing";

    public const string Noted = "noted";

    /// <summary>
    /// Set when the customer did not answer the gentle crisis question: the rest of the chat is a possible crisis. A clear
    /// "nee" to a later gentle question clears it.
    /// </summary>
    public const string CrisisUnanswered = "crisisUnanswered";

    /// <summary>Set when the customer got the crisis answer for their own words (not a relative's): kept for the rest of the chat.</summary>
    public const string CrisisAnswered = "crisisAnswered";

    private const string PossibleCrisis = "possible-crisis";

    private static readonly AgreementOutcome[] PromiseRefusals =
        [AgreementOutcome.AlreadyPromised, AgreementOutcome.AlreadyArranged, AgreementOutcome.NothingToPay, AgreementOutcome.PersonOnly, AgreementOutcome.Disputed];

    private static readonly AgreementOutcome[] ArrangementRefusals =
        [AgreementOutcome.AlreadyArranged, AgreementOutcome.NothingToPay, AgreementOutcome.Disputed];

    private static readonly AgreementOutcome[] DayRefusals = [AgreementOutcome.DayInPast, AgreementOutcome.DayTooFar];

    private static readonly AgreementOutcome[] PolicyRefusals = [AgreementOutcome.BelowMinimum, AgreementOutcome.TooLong, AgreementOutcome.OneInstalment];

    /// <summary>The outcomes each action can return, so the validator can insist every one has a branch.</summary>
    public static IReadOnlyList<string> OutcomesOf(string key) => key switch
    {
        "verification.status" => [Verification.Verified, "unverified-invoice", "unverified-customer", "expired-invoice",
            "expired-customer", Verification.Locked],
        "verification.check" => [Verification.Verified, Verification.Failed, Verification.Locked],
        "invoices.describe" => ["open", "reminder-sent", "final-notice", "in-collection", "partly-paid", "paid", Disputed],
        "agreements.standing" => ["promise", "promise-passed", "arrangement", "none"],
        "promises.eligibility" => [Key(AgreementOutcome.Allowed), ShortTerm, .. PromiseRefusals.Select(Key)],
        "promises.check-date" => [.. PromiseRefusals.Append(AgreementOutcome.Allowed).Concat(DayRefusals).Select(Key)],
        "promises.record" => [.. PromiseRefusals.Append(AgreementOutcome.Recorded).Concat(DayRefusals).Select(Key)],
        "arrangements.eligibility" => [.. ArrangementRefusals.Append(AgreementOutcome.Allowed).Select(Key)],
        "arrangements.propose" => [.. PolicyRefusals.Append(AgreementOutcome.Allowed).Select(Key)],
        "arrangements.record" => [.. ArrangementRefusals.Append(AgreementOutcome.Recorded).Concat(PolicyRefusals).Select(Key)],
        "disputes.record" => [.. new[] { AgreementOutcome.Recorded, AgreementOutcome.Disputed, AgreementOutcome.NotVerified }.Select(Key)],
        "handoff.hours" => ["open", "closed"],
        "handoff.request" => [Requested, AlreadyWaiting, AlreadyNoted],
        "handoff.phone" => [PhoneKnown, PhoneMissing],
        "crisis.unanswered" => [Noted],
        "crisis.answered" => [Noted],
        "crisis.status" => [PossibleCrisis, "none"],
        "fallback.count" => ["first", "again"],
        "faq.answer" => ["answered"],
        "files.kept" => ["kept", "not-kept"],
        "summaries.queued" => ["queued", "none"],
        "summaries.to-address" => ["queued", "declined", "invalid"],
        "nps.score" => ["recorded", "detractor", DetractorGuest, "closed"],
        "nps.why" => ["detractor", DetractorGuest, "thanks"],
        _ => [],
    };

    /// <summary>An outcome as dialogs name it: <c>AlreadyPromised</c> is <c>already-promised</c>.</summary>
    public static string Key(AgreementOutcome outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public async Task<string> RunAsync(string key, ActionContext context) => key switch
    {
        "verification.status" => verification.Status(context.Values),
        "verification.check" => await verification.CheckAsync(context.Values, context.ConversationKey, context.Ct),
        "invoices.describe" => await DescribeInvoiceAsync(context),
        "agreements.standing" => await StandingAgreementAsync(context),
        "promises.eligibility" => await PromiseEligibilityAsync(context),
        "promises.check-date" => await CheckPromiseDateAsync(context),
        "promises.record" => await RecordPromiseAsync(context),
        "arrangements.eligibility" => await ArrangementEligibilityAsync(context),
        "arrangements.propose" => await ProposeArrangementAsync(context),
        "arrangements.record" => await RecordArrangementAsync(context),
        "disputes.record" => await RecordDisputeAsync(context),
        "handoff.hours" => OpeningHoursNow(context),
        "handoff.request" => await RequestHandoffAsync(context),
        "handoff.phone" => CallbackPhone(context),
        "crisis.unanswered" => await NoteUnansweredCrisisQuestionAsync(context),
        // The customer's own crisis answer (not a relative's): the rest of the chat is a possible crisis, whatever comes later.
        "crisis.answered" => MarkCrisisAnswered(context.Values),
        // Whether this chat showed a possible crisis: out of hours it hears of 113 again (dialogs/crisis-line.yaml).
        "crisis.status" => IsPossibleCrisis(context.Values) ? PossibleCrisis : "none",
        "fallback.count" => context.Values.Number("misunderstood") >= 2 ? "again" : "first",
        "faq.answer" => AnswerFaq(context),
        // Only Direct Line uploads are kept (where staff can open them); another channel's file stays with that channel.
        "files.kept" => ConversationKey.DirectLineId(context.ConversationKey) is null ? "not-kept" : "kept",
        // Only a summary actually queued for an address may be announced: "summaryEmail" is set by the record actions.
        "summaries.queued" => context.Values["summaryEmail"] is null ? "none" : "queued",
        "summaries.to-address" => await SummaryToAddressAsync(context),
        "nps.score" => await RecordNpsScoreAsync(context),
        "nps.why" => await RecordNpsWhyAsync(context),
        _ => throw new InvalidOperationException($"Unknown bot action '{key}'"),
    };

    private async Task<string> PromiseEligibilityAsync(ActionContext context)
    {
        await DescribeAsync(context);
        var result = await agreements.CheckPromiseAsync(InvoiceId(context), null, Author(context), context.Ct);
        SetPromiseDays(context, result);
        return result is { Outcome: AgreementOutcome.Allowed, ShortTerm: true } ? ShortTerm : Key(result.Outcome);
    }

    private async Task<string> CheckPromiseDateAsync(ActionContext context)
    {
        var result = await agreements.CheckPromiseAsync(InvoiceId(context), PromisedDay(context), Author(context), context.Ct);
        SetPromiseDays(context, result);
        if (result.Outcome != AgreementOutcome.Allowed) context.Values["date"] = null; // ask again
        return Key(result.Outcome);
    }

    private async Task<string> RecordPromiseAsync(ActionContext context)
    {
        // Checked again while saving: another chat may have promised this invoice since the customer was asked.
        var result = await agreements.PromiseAsync(InvoiceId(context), PromisedDay(context), Author(context), context.Ct);
        SetPromiseDays(context, result);
        context.Values["date"] = null;
        context.Values["summaryEmail"] = result.SummaryTo is { } promiseTo ? FollowUps.EmailAddresses.Masked(promiseTo) : null;
        return Key(result.Outcome);
    }

    /// <summary>The address the customer typed for the summary of what they just agreed: queued, declined or not an address.</summary>
    private async Task<string> SummaryToAddressAsync(ActionContext context)
    {
        var text = context.Values["text"] ?? "";
        context.Values["text"] = null;
        if (YesNo.Read(text) == "no") return "declined";
        var email = text.Trim();
        if (!await agreements.QueueSummaryToAsync(InvoiceId(context), email, Author(context), context.Ct)) return "invalid";
        context.Values["summaryEmail"] = email;
        return "queued";
    }

    /// <summary>The score of the NPS question; a detractor's (0–6) has become a call-back task when this says "detractor".</summary>
    private async Task<string> RecordNpsScoreAsync(ActionContext context)
    {
        var score = int.Parse(context.Values["npsScore"]!, CultureInfo.InvariantCulture);
        if (!await nps.RecordChatScoreAsync(context.ConversationKey, score, context.Ct)) return "closed";
        return score <= NpsSurveys.DetractorMax ? await DetractorAsync(context) : "recorded";
    }

    /// <summary>
    /// A detractor's task is a call-back only for a customer on file (a colleague has the number): a guest's is a note
    /// for colleagues, and the bot says no call (found by an attack on the running build).
    /// </summary>
    private async Task<string> DetractorAsync(ActionContext context) =>
        await nps.HasDebtorAsync(context.ConversationKey, context.Ct) ? "detractor" : DetractorGuest;

    private const string DetractorGuest = "detractor-guest";

    /// <summary>
    /// The why after the score ("liever niet" keeps none). "detractor" only when a detractor's why went into the
    /// call-back task, so the bot can say it is there.
    /// </summary>
    private async Task<string> RecordNpsWhyAsync(ActionContext context)
    {
        var text = context.Values["text"];
        context.Values["text"] = null;
        var why = text is not null && YesNo.Read(text) == "no" && text.Trim().Split(' ').Length <= 3 ? null : text;
        var detractor = await nps.RecordChatWhyAsync(context.ConversationKey, why, context.Ct);
        return detractor && why is not null ? await DetractorAsync(context) : "thanks";
    }

    private static void SetPromiseDays(ActionContext context, PromiseResult result)
    {
        if (result.Day is { } day) context.Values["promiseDate"] = FormatDay(day, context.Locale);
        context.Values["latestDate"] = FormatDay(result.Latest, context.Locale);
    }

    private async Task<string> ArrangementEligibilityAsync(ActionContext context)
    {
        await DescribeAsync(context);
        return Key(await agreements.CheckArrangementAsync(InvoiceId(context), context.Ct));
    }

    private async Task<string> ProposeArrangementAsync(ActionContext context)
    {
        var amount = long.Parse(context.Values["amount"]!);
        var result = await agreements.ProposeArrangementAsync(InvoiceId(context), amount, context.Ct);
        SetPlan(context, result.Plan!);
        // What the customer offered a month, readable for the person who decides on an offer outside the policy.
        context.Values["offer"] = Money.Format(amount, context.Locale);
        return Key(result.Outcome);
    }

    private async Task<string> RecordArrangementAsync(ActionContext context)
    {
        var result = await agreements.ArrangeAsync(InvoiceId(context), long.Parse(context.Values["amount"]!), Author(context), context.Ct);
        if (result.Plan is { } plan) SetPlan(context, plan);
        if (result.Outcome == AgreementOutcome.Recorded) context.Values["amount"] = null;
        context.Values["summaryEmail"] = result.SummaryTo is { } planTo ? FollowUps.EmailAddresses.Masked(planTo) : null;
        return Key(result.Outcome);
    }

    private static void SetPlan(ActionContext context, ArrangementPlan plan)
    {
        context.Values["minimum"] = Money.Format(plan.MinimumCents, context.Locale);
        context.Values["maxMonths"] = plan.MaxMonths.ToString(CultureInfo.InvariantCulture);
        context.Values["instalment"] = Money.Format(plan.InstalmentCents, context.Locale);
        context.Values["instalments"] = plan.Count.ToString(CultureInfo.InvariantCulture);
        // A plan above the policy's months is refused and has no schedule to show (one cent a month would be centuries).
        context.Values["schedule"] = plan.Count > plan.MaxMonths ? "" : Schedule(plan.Schedule(), context.Locale);
    }

    private static string Schedule(IEnumerable<(DateOnly Due, long Cents)> instalments, string locale) => string.Join("\n", instalments
        .Select(s => $"- {s.Due.ToString("d MMMM yyyy", Locales.Culture(locale))}: {Money.Format(s.Cents, locale)}"));

    /// <summary>
    /// A dispute pauses collection only on an invoice the customer has proved to be theirs; an unverified
    /// customer's words go to a person with the hand-off and nothing is paused. Argument: details (the value
    /// holding the customer's words).
    /// </summary>
    private async Task<string> RecordDisputeAsync(ActionContext context)
    {
        if (!Verification.IsVerified(context.Values)) return Key(AgreementOutcome.NotVerified);
        var words = context.Arguments.TryGetValue("details", out var key) ? context.Values[key] : null;
        return Key(await agreements.DisputeAsync(InvoiceId(context), words, Author(context), context.Ct));
    }

    private string OpeningHoursNow(ActionContext context)
    {
        if (hours.IsOpen()) return "open";
        context.Values["backAt"] = hours.NextOpeningText(context.Locale);
        return "closed";
    }

    /// <summary>
    /// Arguments: reason, urgency (normal, high, top), callback ("true"), details (name of the value holding the
    /// customer's words). A chat already waiting for a person keeps its one request (made more urgent if need be).
    /// </summary>
    private async Task<string> RequestHandoffAsync(ActionContext context)
    {
        var a = context.Arguments;
        var distress = context.Values["distress"] is not null;
        var urgency = Enum.Parse<HandoffUrgency>(a.GetValueOrDefault("urgency", "normal"), ignoreCase: true);
        var effective = distress && urgency == HandoffUrgency.Normal ? HandoffUrgency.High : urgency;
        // After an unanswered crisis question every person asked for in this chat is a possible crisis: first in the queue
        // (or the call-back list), shown as one to the agent, and never followed by a satisfaction survey. Its reason stays.
        if (IsPossibleCrisis(context.Values)) effective = HandoffUrgency.Top;
        var verified = Verification.IsVerified(context.Values);
        var result = await handoffs.RequestAsync(new HandoffAsk(context.ConversationKey, a.GetValueOrDefault("reason", Handoffs.HumanRequest), effective,
            verified && int.TryParse(context.Values["debtorId"], out var debtorId) ? debtorId : null,
            verified ? context.Values["invoiceNumber"] : null, distress, Locales.Language(context.Locale),
            a.TryGetValue("details", out var key) ? context.Values[key] : null,
            a.GetValueOrDefault("callback") == "true", DistressKinds: context.Values["distress"]), context.Ct);
        context.Values["position"] = result.Place?.ToString(CultureInfo.InvariantCulture);
        return result.CallbackNoted ? AlreadyNoted : result.AlreadyOpen ? AlreadyWaiting : Requested;
    }

    /// <summary>
    /// Whether a call-back can be made: a verified customer's number is on file; anyone else must give one. The value named
    /// by <c>from</c> (default "text") is searched for a phone number; a number given in another value joins "text", so the
    /// call-back task holds both the preferred time and the number. A number given once counts for the rest of the chat.
    /// </summary>
    private static string CallbackPhone(ActionContext context)
    {
        var key = context.Arguments.GetValueOrDefault("from", "text");
        var words = context.Values[key] ?? "";
        if (PiiFinder.PhonesIn(words).FirstOrDefault() is { } number)
        {
            if (key != "text") context.Values["text"] = Joined(context.Values["text"], words);
            context.Values["callbackPhone"] = number;
        }
        else if (context.Values["callbackPhone"] is { } given && !(context.Values["text"] ?? "").Contains(given, StringComparison.Ordinal))
        {
            // A number given earlier in this chat goes with every later request, so a new task has it too.
            context.Values["text"] = Joined(context.Values["text"], given);
        }
        return context.Values["callbackPhone"] is not null || Verification.IsVerified(context.Values) ? PhoneKnown : PhoneMissing;
    }

    /// <summary>The rest of the chat is a possible crisis: a person asked for later gets it so, and so does one asked for already.</summary>
    private async Task<string> NoteUnansweredCrisisQuestionAsync(ActionContext context)
    {
        await NoteCrisisQuestionLeftAsync(context.ConversationKey, context.Values, context.Ct);
        return Noted;
    }

    /// <summary>The gentle crisis question went unanswered (declined, or left for a person): see <see cref="NoteUnansweredCrisisQuestionAsync"/>.</summary>
    public async Task NoteCrisisQuestionLeftAsync(string conversationKey, ConversationValues values, CancellationToken ct)
    {
        MarkCrisisUnanswered(values);
        await handoffs.MarkPossibleCrisisAsync(conversationKey, ct);
    }

    /// <summary>Remembers that the gentle crisis question went unanswered (also when the customer left it for a person).</summary>
    private static void MarkCrisisUnanswered(ConversationValues values) => values[CrisisUnanswered] = "true";

    private static string MarkCrisisAnswered(ConversationValues values)
    {
        values[CrisisAnswered] = "true";
        return Noted;
    }

    /// <summary>Whether this chat showed a possible crisis of the customer's own: the crisis answer, or the gentle question left unanswered.</summary>
    private static bool IsPossibleCrisis(ConversationValues values) => values[CrisisUnanswered] is not null || values[CrisisAnswered] is not null;

    private static string Joined(string? first, string second) =>
        string.Join(" · ", new[] { first, second }.Where(w => !string.IsNullOrWhiteSpace(w)));

    /// <summary>Puts the answer to the FAQ named in the "faq" value into "faqAnswer".</summary>
    private string AnswerFaq(ActionContext context)
    {
        context.Values["faqAnswer"] = faqs.Answer(context.Values["faq"] ?? "", context.Locale)
            ?? throw new InvalidOperationException($"Unknown FAQ '{context.Values["faq"]}'");
        return "answered";
    }

    private static int InvoiceId(ActionContext context) => int.Parse(context.Values["invoiceId"]!);

    private static DateOnly PromisedDay(ActionContext context) =>
        DateOnly.ParseExact(context.Values["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static AgreementAuthor Author(ActionContext context) => AgreementAuthor.Bot(context.ConversationKey, Locales.Language(context.Locale));

    public static string FormatDay(DateOnly day, string locale) => day.ToString("dddd d MMMM", Locales.Culture(locale));

    /// <summary>The invoice's status key, or "disputed" while the customer disputes an unpaid invoice: then no payment instructions.</summary>
    private async Task<string> DescribeInvoiceAsync(ActionContext context)
    {
        var status = await DescribeAsync(context);
        return status != "paid" && await agreements.IsDisputedAsync(InvoiceId(context), context.Ct) ? Disputed : status;
    }

    /// <summary>The promise or arrangement that stands for the verified invoice, its day or schedule in the values.</summary>
    private async Task<string> StandingAgreementAsync(ActionContext context)
    {
        var standing = await agreements.StandingAsync(InvoiceId(context), context.Ct);
        if (standing.ArrangementStillToPay is { } instalments)
        {
            // Instalments paid (in part) are left out, so the list adds up to what is open.
            context.Values["schedule"] = Schedule(instalments, context.Locale);
            return "arrangement";
        }
        if (standing.PromisedOn is not { } day) return "none";
        context.Values["promiseDate"] = FormatDay(day, context.Locale);
        return standing.PromiseDayPassed ? "promise-passed" : "promise";
    }

    private async Task<string> DescribeAsync(ActionContext context)
    {
        var facts = await invoices.DescribeAsync(InvoiceId(context), context.Locale, context.Ct)
            ?? throw new InvalidOperationException("The verified invoice no longer exists");
        foreach (var (key, value) in facts) context.Values[key] = value;
        return facts["status"];
    }
}
