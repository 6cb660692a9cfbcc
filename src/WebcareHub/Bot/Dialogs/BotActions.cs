using System.Globalization;
using WebcareHub.Agreements;
using WebcareHub.Faq;
using WebcareHub.Handoff;
using WebcareHub.Invoices;

namespace WebcareHub.Bot.Dialogs;

/// <summary>What an action sees: the conversation's values (it may change them) and the customer's language.</summary>
public sealed record ActionContext(ConversationValues Values, string Locale, string ConversationKey,
    IReadOnlyDictionary<string, string> Arguments, CancellationToken Ct);

/// <summary>
/// The C# work dialogs ask for by key (<c>action: verification.check</c>). Each returns an outcome that the
/// step's <c>branches</c> map to the next step. Dialog files are checked against <see cref="Keys"/> at start-up.
/// </summary>
public sealed class BotActions(Verification verification, InvoiceFacts invoices, PaymentPromises promises,
    PaymentArrangements arrangements, Handoffs handoffs, OpeningHours hours, FaqAnswers faqs)
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>
    {
        "verification.status", "verification.check", "invoices.describe",
        "promises.eligibility", "promises.check-date", "promises.record",
        "arrangements.eligibility", "arrangements.propose", "arrangements.record",
        "handoff.hours", "handoff.request", "fallback.count", "faq.answer",
    };

    /// <summary>The outcomes each action can return, so the validator can insist every one has a branch.</summary>
    public static IReadOnlyList<string> OutcomesOf(string key) => key switch
    {
        "verification.status" => [Verification.Verified, "unverified-invoice", "unverified-customer", Verification.Locked],
        "verification.check" => [Verification.Verified, Verification.Failed, Verification.Locked],
        "invoices.describe" => ["open", "reminder-sent", "final-notice", "in-collection", "partly-paid", "paid"],
        "promises.eligibility" => [PaymentPromises.Eligible, PaymentPromises.EligibleShortTerm, PaymentPromises.AlreadyPromised,
            PaymentPromises.NothingToPay, PaymentPromises.PersonOnly, PaymentPromises.Disputed],
        "promises.check-date" => ["ok", "past", "too-far"],
        "promises.record" => ["recorded"],
        "arrangements.eligibility" => ["eligible", "already-arranged", PaymentPromises.NothingToPay, PaymentPromises.Disputed],
        "arrangements.propose" => [PaymentArrangements.Fits, PaymentArrangements.BelowMinimum, PaymentArrangements.TooLong],
        "arrangements.record" => ["recorded"],
        "handoff.hours" => ["open", "closed"],
        "handoff.request" => ["requested"],
        "fallback.count" => ["first", "again"],
        "faq.answer" => ["answered"],
        _ => [],
    };

    public async Task<string> RunAsync(string key, ActionContext context) => key switch
    {
        "verification.status" => verification.Status(context.Values),
        "verification.check" => await verification.CheckAsync(context.Values, context.ConversationKey, context.Ct),
        "invoices.describe" => await DescribeInvoiceAsync(context),
        "promises.eligibility" => await PromiseEligibilityAsync(context),
        "promises.check-date" => await CheckPromiseDateAsync(context),
        "promises.record" => await RecordPromiseAsync(context),
        "arrangements.eligibility" => await ArrangementEligibilityAsync(context),
        "arrangements.propose" => await ProposeArrangementAsync(context),
        "arrangements.record" => await RecordArrangementAsync(context),
        "handoff.hours" => OpeningHoursNow(context),
        "handoff.request" => await RequestHandoffAsync(context),
        "fallback.count" => context.Values.Number("misunderstood") >= 2 ? "again" : "first",
        "faq.answer" => AnswerFaq(context),
        _ => throw new InvalidOperationException($"Unknown bot action '{key}'"),
    };

    private async Task<string> PromiseEligibilityAsync(ActionContext context)
    {
        await DescribeInvoiceAsync(context);
        var (outcome, existing) = await promises.EligibilityAsync(InvoiceId(context), context.Ct);
        context.Values["promiseShortTerm"] = outcome == PaymentPromises.EligibleShortTerm ? "true" : null;
        if (existing is { } day) context.Values["promiseDate"] = PaymentPromises.FormatDay(day, context.Locale);
        return outcome;
    }

    private async Task<string> CheckPromiseDateAsync(ActionContext context)
    {
        var day = DateOnly.ParseExact(context.Values["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (outcome, latest) = await promises.CheckDayAsync(InvoiceId(context), day, context.Values["promiseShortTerm"] is not null, context.Ct);
        context.Values["promiseDate"] = PaymentPromises.FormatDay(day, context.Locale);
        context.Values["latestDate"] = PaymentPromises.FormatDay(latest, context.Locale);
        if (outcome != "ok") context.Values["date"] = null; // ask again
        return outcome;
    }

    private async Task<string> RecordPromiseAsync(ActionContext context)
    {
        var day = DateOnly.ParseExact(context.Values["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await promises.RecordAsync(InvoiceId(context), day, context.ConversationKey, context.Ct);
        context.Values["date"] = null;
        return "recorded";
    }

    private async Task<string> ArrangementEligibilityAsync(ActionContext context)
    {
        await DescribeInvoiceAsync(context);
        var (promiseOutcome, _) = await promises.EligibilityAsync(InvoiceId(context), context.Ct);
        if (promiseOutcome is PaymentPromises.NothingToPay or PaymentPromises.Disputed) return promiseOutcome;
        return await arrangements.HasActiveAsync(InvoiceId(context), context.Ct) ? "already-arranged" : "eligible";
    }

    private async Task<string> ProposeArrangementAsync(ActionContext context)
    {
        var (outcome, plan) = await arrangements.ProposeAsync(InvoiceId(context), long.Parse(context.Values["amount"]!), context.Ct);
        var culture = Locales.Culture(context.Locale);
        context.Values["instalment"] = Money.Format(plan.InstalmentCents, context.Locale);
        context.Values["instalments"] = plan.Count.ToString(CultureInfo.InvariantCulture);
        context.Values["minimum"] = Money.Format(plan.MinimumCents, context.Locale);
        context.Values["maxMonths"] = plan.MaxMonths.ToString(CultureInfo.InvariantCulture);
        context.Values["schedule"] = string.Join("\n", plan.Schedule()
            .Select(s => $"- {s.Due.ToString("d MMMM yyyy", culture)}: {Money.Format(s.Cents, context.Locale)}"));
        return outcome;
    }

    private async Task<string> RecordArrangementAsync(ActionContext context)
    {
        var (_, plan) = await arrangements.ProposeAsync(InvoiceId(context), long.Parse(context.Values["amount"]!), context.Ct);
        await arrangements.RecordAsync(InvoiceId(context), plan, context.ConversationKey, context.Ct);
        context.Values["amount"] = null;
        return "recorded";
    }

    private string OpeningHoursNow(ActionContext context)
    {
        if (hours.IsOpen()) return "open";
        context.Values["backAt"] = hours.NextOpening() is { } back
            ? back.ToString(context.Locale == "en-US" ? "dddd d MMMM 'at' HH:mm" : "dddd d MMMM 'om' HH:mm",
                Locales.Culture(context.Locale))
            : "?";
        return "closed";
    }

    /// <summary>Arguments: reason, urgency (normal, high, top), callback ("true"), details (name of the value holding the customer's words).</summary>
    private async Task<string> RequestHandoffAsync(ActionContext context)
    {
        var a = context.Arguments;
        var distress = context.Values["distress"] is not null;
        var urgency = Enum.Parse<HandoffUrgency>(a.GetValueOrDefault("urgency", "normal"), ignoreCase: true);
        var effective = distress && urgency == HandoffUrgency.Normal ? HandoffUrgency.High : urgency;
        context.Values["position"] = (await handoffs.PlaceInQueueAsync(effective, context.Ct)).ToString(CultureInfo.InvariantCulture);
        await handoffs.RequestAsync(context.ConversationKey, a.GetValueOrDefault("reason", "human-request"), effective,
            int.TryParse(context.Values["debtorId"], out var debtorId) ? debtorId : null,
            context.Values["invoiceNumber"], distress, Locales.Language(context.Locale),
            a.TryGetValue("details", out var key) ? context.Values[key] : null,
            a.GetValueOrDefault("callback") == "true", context.Ct);
        return "requested";
    }

    /// <summary>Puts the answer to the FAQ named in the "faq" value into "faqAnswer".</summary>
    private string AnswerFaq(ActionContext context)
    {
        context.Values["faqAnswer"] = faqs.Answer(context.Values["faq"] ?? "", context.Locale)
            ?? throw new InvalidOperationException($"Unknown FAQ '{context.Values["faq"]}'");
        return "answered";
    }

    private static int InvoiceId(ActionContext context) => int.Parse(context.Values["invoiceId"]!);

    private async Task<string> DescribeInvoiceAsync(ActionContext context)
    {
        var facts = await invoices.DescribeAsync(int.Parse(context.Values["invoiceId"]!), context.Locale, context.Ct)
            ?? throw new InvalidOperationException("The verified invoice no longer exists");
        foreach (var (key, value) in facts) context.Values[key] = value;
        return facts["status"];
    }
}
