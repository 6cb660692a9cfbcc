using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Channels;
using WebcareHub.Channels.DirectLine;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Faq;
using WebcareHub.Handoff;
using WebcareHub.Understanding;
using WebcareHub.Web;

namespace WebcareHub.Bot;

/// <summary>
/// The one place where an incoming activity becomes the bot's replies, whatever channel it came on. State is
/// loaded at the start of the turn and saved once at its end.
/// </summary>
public sealed class TurnHandler(
    WebcareDbContext db,
    DialogRunner dialogs,
    BotActions actions,
    Understander understander,
    IntentSettings intentSettings,
    IntentLabels labels,
    FaqLibrary faqs,
    CustomerClock customerClock,
    Verification verification,
    AgentRouting agents,
    TimeProvider clock,
    IOptions<BotOptions> options,
    ILogger<TurnHandler> logger)
{
    public const string WelcomeDialog = "welcome";
    public const string FallbackDialog = "fallback";
    public const string ApologyDialog = "apology";
    public const string CrisisDialog = "crisis";
    public const string CrisisCheckDialog = "crisis-check";
    public const string RelativeCrisisDialog = "crisis-relative";
    public const string RelativeCrisisCheckDialog = "crisis-relative-check";
    public const string FaqDialog = "faq";
    public const string VerifyDialog = "verify";
    public const string NpsDialog = "nps";

    /// <summary>The event (sent by the follow-ups when an agent closed the chat) that asks the NPS question.</summary>
    public const string NpsEvent = "nps.ask";

    /// <summary>
    /// How sure the recogniser must be before an unusable answer counts as a new request rather than a
    /// clumsy answer: leaving a question is costlier than asking it once more.
    /// </summary>
    private const double ChangeOfMindConfidence = 0.45;

    /// <summary>
    /// How sure a "stop" must be to end a question that takes free text ("stop", "laat maar", "annuleer" read at 0.95 or
    /// more; "iets anders", an answer there, read 0.81 once round 22's examples joined).
    /// </summary>
    private const double FreeTextStopConfidence = 0.9;

    /// <summary>How sure "help" must be to leave a question: "weet ik niet precies" answers it clumsily, it asks for no menu.</summary>
    private const double ClearHelpConfidence = 0.8;

    public const string DistressDialog = "distress";
    public const string AttachmentDialog = "attachment";
    public const string CancelAgreementDialog = "cancel-agreement";
    private const string HandoffDialog = "handoff";
    private const string CrisisNonAnswers = "crisisNonAnswers";

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var key = turn.ConversationKey;
        ConversationState? state = null;
        try
        {
            state = await LoadStateAsync(key, activity, ct);
            var values = ConversationValues.Of(state);
            switch (activity.Type)
            {
                case ActivityTypes.ConversationUpdate
                    when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                    await dialogs.StartAsync(turn, state, values, actions, WelcomeDialog, ct);
                    break;
                case ActivityTypes.Event when activity.Name == AgentRouting.VerifyForAgentEvent:
                    // The agent asked the bot to check who the customer is, inside the live chat.
                    values[AgentRouting.VerifyingForAgent] = "1";
                    values["returnTo"] = null;
                    await dialogs.StartAsync(turn, state, values, actions, VerifyDialog, ct);
                    await ReportVerificationToAgentAsync(key, state, values, ct);
                    break;
                case ActivityTypes.Event when activity.Name == NpsEvent:
                    values["returnTo"] = null;
                    await dialogs.StartAsync(turn, state, values, actions, NpsDialog, ct);
                    break;
                case ActivityTypes.Message when values[AgentRouting.VerifyingForAgent] is null && await agents.ForwardAsync(key, activity.Text ?? "", UploadEndpoint.FilesForStaff(key, activity), ct):
                    // A person has this chat; the bot stays out of it, but a possible crisis signal is put in front of the agent.
                    {
                        var signal = understander.FeelingsOf(activity.Text ?? "").Signal;
                        if (signal != CrisisSignal.None) await agents.CrisisSignalAsync(key, signal == CrisisSignal.Likely, ct);
                        break;
                    }
                case ActivityTypes.Message:
                    // While the bot checks the customer for the agent, words that are no proof still reach the agent at once
                    // (their numbers masked); files sent meanwhile (a photo of the letter, an ID) are proof, and never do.
                    if (values[AgentRouting.VerifyingForAgent] is not null && !VerificationWindow.IsProof(activity.Text ?? "")
                        && !string.IsNullOrWhiteSpace(activity.Text))
                        await agents.ForwardAsync(key, VerificationWindow.Masked(activity.Text), [], ct);
                    await turn.SendAsync(turn.CreateReply(ActivityTypes.Typing, state.Locale), ct);
                    await OnMessageAsync(turn, state, values, ct);
                    await ReportVerificationToAgentAsync(key, state, values, ct);
                    break;
                    // Events (handoff.status and page events) and everything else need no answer yet.
            }
            values.SaveTo(state);
            state.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Bot turn failed in conversation {ConversationKey}", LogValue.Clean(key));
            await ApologiseAsync(turn, key, state?.Locale ?? Locales.Normalize(activity.Locale, options.Value.DefaultLocale), ct);
        }
    }

    private static string CrisisDialogFor(ReadingKind kind, bool aboutSomeoneClose) => (kind, aboutSomeoneClose) switch
    {
        (ReadingKind.Crisis, false) => CrisisDialog,
        (ReadingKind.Crisis, true) => RelativeCrisisDialog,
        (_, false) => CrisisCheckDialog,
        (_, true) => RelativeCrisisCheckDialog,
    };

    /// <summary>
    /// Once the verification an agent asked for is over (verified, refused or left for another request), the
    /// agent hears the outcome and, when verified, the chat gets the customer; the customer talks to the agent again.
    /// </summary>
    private async Task ReportVerificationToAgentAsync(string key, ConversationState state, ConversationValues values, CancellationToken ct)
    {
        if (values[AgentRouting.VerifyingForAgent] is null) return;
        await agents.BotAnsweredAsync(key, ct);
        if (state.DialogId == VerifyDialog && dialogs.WaitingStep(state) is not null) return;
        values[AgentRouting.VerifyingForAgent] = null;
        int? debtorId = Verification.IsVerified(values) && int.TryParse(values["debtorId"], System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
        await agents.VerificationEndedAsync(key, debtorId, debtorId is null ? null : values["invoiceNumber"], ct);
    }

    private async Task OnMessageAsync(TurnContext turn, ConversationState state, ConversationValues values, CancellationToken ct)
    {
        var text = turn.Activity.Text ?? "";
        var language = Locales.Language(state.Locale);
        var verificationExpired = verification.ExpireIfStale(values);
        var understanding = understander.Understand(text, customerClock.Today);
        var reading = Reading.Of(understanding, intentSettings);
        if (reading.Kind == ReadingKind.Crisis
            || (reading.Kind == ReadingKind.CrisisCheck && state.DialogId != CrisisDialogFor(ReadingKind.CrisisCheck, understanding.Distress.AboutSomeoneClose)))
        {
            // Feelings before the debt: 113 and a person at once (or a gentle question first when unsure),
            // and nothing about payment in this turn. A worried relative hears what helps them and the one they fear for.
            values["distress"] = SeenKinds(values["distress"], understanding.Distress);
            values[CrisisNonAnswers] = null;
            await StartAsync(turn, state, values, understanding, CrisisDialogFor(reading.Kind, understanding.Distress.AboutSomeoneClose), ct);
            return;
        }
        var acknowledged = await AcknowledgeAsync(turn, state, values, understanding.Distress, ct);
        // While the gentle crisis question waits, only the person button leaves it; "help", "menu", an old menu button or a
        // file without words is a message that does not answer it (two of them end it kindly, with 113 and a person offered).
        var crisisQuestionWaits = state.DialogId is CrisisCheckDialog or RelativeCrisisCheckDialog && dialogs.WaitingStep(state) is not null;
        // The check an agent asked for stays on its question until it ends: another request would leave it, and the
        // answers typed after that (the number, the postcode) would reach the agent as ordinary lines. Only a clear stop
        // ends it; whatever else the customer says reaches the agent already (numbers masked).
        var checkForAgent = values[AgentRouting.VerifyingForAgent] is not null && state.DialogId == VerifyDialog && dialogs.WaitingStep(state) is not null;
        if (!crisisQuestionWaits && string.IsNullOrWhiteSpace(text) && turn.Activity.Attachments is { Count: > 0 })
        {
            // A file in the middle of a question (a photo of the letter instead of its number) answers nothing: the
            // question stays, asked again; no word about who sees the file (during a check for an agent, nobody does).
            if (dialogs.WaitingStep(state) is not null)
            {
                await dialogs.SayInPassingAsync(turn, state, values, AttachmentDialog, ct, textKey: "during-question");
                await dialogs.AskAgainAsync(turn, state, values, ct);
                return;
            }
            await dialogs.StartAsync(turn, state, values, actions, AttachmentDialog, ct);
            return;
        }
        if (!crisisQuestionWaits && !checkForAgent && labels.IntentFor(text, language) is { } chosen && DialogFor(chosen, values) is { } labelled)
        {
            await StartAsync(turn, state, values, understanding, labelled, ct); // a button of a clarifying question
            return;
        }
        if (!checkForAgent && dialogs.FindTriggered(text, language) is { } triggered && (!crisisQuestionWaits || triggered.Id == HandoffDialog))
        {
            if (crisisQuestionWaits) await LeftForAPersonAsync(turn, state, values, ct);
            await StartAsync(turn, state, values, understanding, triggered.Id, ct);
            return;
        }
        if (verificationExpired && dialogs.WaitingStep(state) is not null && dialogs.Calls(state.DialogId!, VerifyDialog))
        {
            // The question belonged to a request about the verified invoice: start it again, which asks who the customer is first.
            await StartAsync(turn, state, values, understanding, state.DialogId!, ct);
            return;
        }
        if (dialogs.WaitingStep(state) is { } waiting)
        {
            // An answer, or an attempt at one ("volgende vrijdag" is a day, just not a clear one), stays in the
            // question; a different request ("ik wil iemand spreken") starts its own dialog.
            var answer = DialogRunner.AnswerFor(waiting.Ask!, understanding, text);
            // A question in the customer's own words takes every message as an attempt at an answer; one that wants a
            // reason in words says so when only a number came ("F2026-00012" is no reason for a dispute).
            var freeText = waiting.Ask is "text" or DialogRunner.Reason;
            var triesToAnswer = answer is not null || freeText || (waiting.Ask == "date" && understanding.Entities.DayAsSaid is not null);
            // A press on the question's own button ("Liever niet") answers it, whatever its words read as.
            if (freeText && dialogs.PressedOwnButton(state, text))
            {
                await dialogs.AnswerAsync(turn, state, values, actions, understanding, text, ct);
                return;
            }
            // The gentle crisis question is never left for a stop or another request: it is asked again (with 113 in it)
            // until it is answered; only asking for a person leaves it, for a person.
            // "stop" ends any other question, also one that takes free text (where every message is an answer, so only
            // a clear stop counts there: "iets anders" can be the reason a customer disputes a claim). The model's own
            // reading counts here: over a question that takes free text, "ik wil die regeling opzeggen omdat …" is a
            // reason for colleagues, kept as the answer.
            var model = understanding.Intents;
            var stops = !crisisQuestionWaits && (answer is null || freeText) && model.Best == Understander.Cancel
                && model.BestScore >= (freeText ? FreeTextStopConfidence : ChangeOfMindConfidence);
            // A stop of an agreement in so many words ("kan ik mijn betalingsregeling annuleren?" when asked for a day):
            // not a new arrangement but the cancel-agreement answer. Inside the arrangement dialog the old agreement is
            // part of the new one ("graag, maar de oude regeling moet je dan opzeggen").
            var stopsAgreement = !crisisQuestionWaits && !checkForAgent && answer is null && !freeText && understanding.StopsAgreement
                && state.DialogId != dialogs.ForIntent(Understander.PaymentArrangement)?.Id;
            if ((stops || stopsAgreement) && dialogs.ForIntent(Understander.Cancel) is { } cancel)
            {
                // "stop" ends the question; "zet mijn automatische incasso stop" asks what only a person can do.
                await StartAsync(turn, state, values, understanding, understanding.StopsAgreement ? CancelAgreementDialog : cancel.Id, ct);
                return;
            }
            if (!triesToAnswer && !checkForAgent && HasWords(text) && (!crisisQuestionWaits || model.Best == Understander.HumanRequest)
                && model.BestScore >= (model.Best == "help" ? ClearHelpConfidence : ChangeOfMindConfidence)
                && model.Best is not (IntentClassifier.Other or "greeting" or "thanks")
                && DialogFor(model.Best, values) is { } changeOfMind && changeOfMind != state.DialogId)
            {
                if (crisisQuestionWaits) await LeftForAPersonAsync(turn, state, values, ct);
                await StartAsync(turn, state, values, understanding, changeOfMind, ct);
                return;
            }
            if (crisisQuestionWaits && answer is null)
            {
                // The signal said again in answer to the gentle question ("ik zie het echt niet meer zitten") is a yes.
                if (understanding.Distress.Signal != CrisisSignal.None)
                {
                    await dialogs.ContinueOnAsync(turn, state, values, actions, "yes", ct);
                    return;
                }
                // Two other messages end it kindly (113 and a person offered) rather than asking the same thing a third
                // time; one whose feeling was just acknowledged does not count.
                var tries = values.Number(CrisisNonAnswers) + (acknowledged ? 0 : 1);
                values[CrisisNonAnswers] = tries >= 2 ? null : tries.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (tries >= 2)
                {
                    await dialogs.ContinueOnAsync(turn, state, values, actions, "declined", ct);
                    return;
                }
            }
            // After acknowledging a feeling, the question is asked again rather than called unusable.
            if (acknowledged && !triesToAnswer) await dialogs.AskAgainAsync(turn, state, values, ct);
            else await dialogs.AnswerAsync(turn, state, values, actions, understanding, text, ct);
            return;
        }

        if (reading.Kind == ReadingKind.Clarify && labels.LabelFor(reading.Intent!, language) is { } first)
        {
            values["option1"] = first;
            if (reading.Alternative == IntentClassifier.Other)
            {
                await StartAsync(turn, state, values, understanding, IntentLabels.ConfirmDialog, ct);
                return;
            }
            if (labels.LabelFor(reading.Alternative!, language) is { } second)
            {
                values["option2"] = second;
                await StartAsync(turn, state, values, understanding, IntentLabels.ClarifyDialog, ct);
                return;
            }
        }
        // "kan ik mijn betalingsregeling annuleren?" names the arrangement it stops: the cancel-agreement dialog says a
        // person does that, where the plain cancel dialog would say "we stop here".
        if (understanding.StopsAgreement)
        {
            await StartAsync(turn, state, values, understanding, CancelAgreementDialog, ct);
            return;
        }
        if (reading.Intent is { } intent && DialogFor(intent, values) is { } dialog)
        {
            await StartAsync(turn, state, values, understanding, dialog, ct);
            return;
        }
        values["misunderstood"] = (values.Number("misunderstood") + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await dialogs.StartAsync(turn, state, values, actions, FallbackDialog, ct);
    }

    /// <summary>
    /// A message with words beyond numbers and codes ("F2026-00012" alone has none): only such a message can
    /// be a new request in the middle of a question; a bare number is a (wrong) answer.
    /// </summary>
    private static bool HasWords(string text) =>
        TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !w.Any(char.IsDigit));

    /// <summary>The dialog an intent starts; an FAQ intent starts the FAQ dialog with its id in "faq".</summary>
    private string? DialogFor(string intent, ConversationValues values)
    {
        if (faqs.ForIntent(intent) is { } faq)
        {
            values["faq"] = faq.Id;
            return FaqDialog;
        }
        return dialogs.ForIntent(intent)?.Id;
    }

    /// <summary>
    /// Says the feeling back before anything else, once per kind in a conversation (a customer who stays angry
    /// is not told "I understand you're upset" after every message). True when something was said.
    /// </summary>
    private async Task<bool> AcknowledgeAsync(TurnContext turn, ConversationState state, ConversationValues values, Distress distress,
        CancellationToken ct)
    {
        if (!distress.Any) return false;
        values["distress"] = SeenKinds(values["distress"], distress);
        var said = (values["acknowledged"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var kind = distress.Kinds.Order().Select(k => k.ToString().ToLowerInvariant()).FirstOrDefault(k => !said.Contains(k));
        if (kind is null) return false;
        values["acknowledged"] = string.Join(',', said.Append(kind));
        await dialogs.SayInPassingAsync(turn, state, values, DistressDialog, ct, textKey: kind);
        return true;
    }

    /// <summary>
    /// The kinds of distress seen so far in the conversation ("fear,anger"); the hand-off and console read them. A
    /// crisis signal always carries despair, so the value is never empty once set.
    /// </summary>
    private static string SeenKinds(string? earlier, Distress now) => Distress.MergeKindNames(earlier, now.KindNames) ?? "despair";

    /// <summary>
    /// The customer's own crisis question left for a person is a question not answered: that person gets the chat as a
    /// possible crisis, and so does a request or call-back task the chat left earlier (a relative's question is about
    /// someone else).
    /// </summary>
    private async Task LeftForAPersonAsync(TurnContext turn, ConversationState state, ConversationValues values, CancellationToken ct)
    {
        if (state.DialogId == CrisisCheckDialog) await actions.NoteCrisisQuestionLeftAsync(turn.ConversationKey, values, ct);
    }

    private async Task StartAsync(TurnContext turn, ConversationState state, ConversationValues values,
        MessageUnderstanding understanding, string dialogId, CancellationToken ct)
    {
        values["misunderstood"] = null;
        values["returnTo"] = null;
        // What the customer already said need not be asked again ("ik wil factuur F2026-00012 zien").
        // A day gone by that was only told about ("gisteren lukte het niet") is no day offered; it is an answer only when asked.
        values["date"] = understanding.Entities.Date is { IsUsable: true } date ? DialogRunner.DayOf(date) : null;
        values["amount"] = understanding.Entities.AmountCents?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Verification.IsVerified(values))
        {
            values["invoiceNumber"] = understanding.Entities.InvoiceNumber ?? values["invoiceNumber"];
            values["postcode"] = understanding.Entities.Postcode ?? values["postcode"];
        }
        else if (dialogs.UsesVerifiedInvoice(dialogId, VerifyDialog)
                 && await verification.SwitchToAsync(values, understanding.Entities.InvoiceNumber, ct) == InvoiceSwitch.NotTheirs)
        {
            // Never the verified invoice in its place, silently. By customer number, a new check would only find the
            // same customer's invoices again: the customer hears the named one is not theirs, and which one the answer
            // is about. Otherwise (and for a dispute, which must not land on the verified invoice) the check starts anew.
            if (verification.Method == "customer" && dialogs.Calls(dialogId, VerifyDialog))
            {
                values["otherInvoice"] = understanding.Entities.InvoiceNumber;
                await dialogs.SayInPassingAsync(turn, state, values, VerifyDialog, ct, textKey: "other-invoice");
            }
            else
            {
                verification.ForgetFor(values, understanding.Entities.InvoiceNumber!);
                values["postcode"] = understanding.Entities.Postcode;
            }
        }
        await dialogs.StartAsync(turn, state, values, actions, dialogId, ct);
    }

    /// <summary>Says sorry and puts the conversation back at the start, discarding whatever the failed turn changed.</summary>
    private async Task ApologiseAsync(TurnContext turn, string key, string locale, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var fresh = new ConversationState { Key = key, Locale = locale };
        await dialogs.StartAsync(turn, fresh, ConversationValues.Of(fresh), actions, ApologyDialog, ct);
        await db.ConversationStates.Where(s => s.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.DialogId, (string?)null)
            .SetProperty(x => x.StepId, (string?)null)
            .SetProperty(x => x.UpdatedAt, clock.GetUtcNow().UtcDateTime), ct);
    }

    private async Task<ConversationState> LoadStateAsync(string key, Activity activity, CancellationToken ct)
    {
        var state = await db.ConversationStates.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (state is null)
        {
            state = new ConversationState { Key = key, Locale = Locales.Normalize(null, options.Value.DefaultLocale) };
            db.ConversationStates.Add(state);
        }
        if (activity.Locale is not null) state.Locale = Locales.Normalize(activity.Locale, state.Locale);
        return state;
    }
}
