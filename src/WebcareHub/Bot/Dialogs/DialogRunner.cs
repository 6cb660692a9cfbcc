using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WebcareHub.Channels;
using WebcareHub.Common;
using WebcareHub.Understanding;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Bot.Dialogs;

/// <summary>
/// Walks dialog steps: says texts (placeholders filled from the conversation's values), asks and waits for
/// an answer, runs actions and follows their branches, calls other dialogs and returns. The position is
/// kept in <see cref="ConversationState"/>, so a conversation continues where it was after a restart.
/// </summary>
public sealed partial class DialogRunner(DialogCatalogSource source)
{
    private const int MaxStepsPerTurn = 50;

    private DialogCatalog Catalog => source.Current;
    private const string ReturnStack = "returnTo";

    /// <summary>The dialog whose trigger phrases contain the message, if any.</summary>
    public DialogDefinition? FindTriggered(string? text, string language) => Catalog.Triggered(text, language);

    public DialogDefinition? ForIntent(string intent) => Catalog.ForIntent(intent);

    /// <summary>Whether a dialog runs another one (<c>call:</c>) in one of its steps.</summary>
    public bool Calls(string dialogId, string calledId) => Catalog[dialogId].Steps.Any(s => s.Call == calledId);

    /// <summary>Whether a dialog is about the verified invoice: it calls the check, or reads its status itself (a dispute).</summary>
    public bool UsesVerifiedInvoice(string dialogId, string verifyDialogId) =>
        Catalog[dialogId].Steps.Any(s => s.Call == verifyDialogId || s.Action == "verification.status");

    /// <summary>The step waiting for the customer's answer, if the conversation is in the middle of a question.</summary>
    public DialogStep? WaitingStep(ConversationState state) =>
        state.DialogId is { } id && state.StepId is { } stepId
            ? Catalog.FindStep(Catalog[id], stepId) is { Step.Ask: not null } found ? found.Step : null
            : null;

    public Task StartAsync(TurnContext turn, ConversationState state, ConversationValues values, BotActions actions,
        string dialogId, CancellationToken ct)
    {
        var dialog = Catalog[dialogId];
        return RunFromAsync(turn, state, values, actions, (dialog, dialog.Steps[0]), ct);
    }

    /// <summary>The question kind of the gentle crisis question: yes (also a hedge), no, or declined (<see cref="YesNo.ReadConcern"/>).</summary>
    public const string Concern = "concern";

    /// <summary>The answers of a question that branches on them (<c>yesNo</c>, <c>concern</c>); none for a question whose answer is kept.</summary>
    public static string[] BranchOutcomes(string? ask) => ask switch
    {
        "yesNo" => ["yes", "no"],
        Concern => ["yes", "no", "declined"],
        _ => [],
    };

    /// <summary>
    /// Goes on from the waiting question as if it had been answered with <paramref name="outcome"/>: its branch for that
    /// outcome (the crisis question's "declined" after two non-answers, "yes" for a signal said again).
    /// </summary>
    public Task ContinueOnAsync(TurnContext turn, ConversationState state, ConversationValues values, BotActions actions,
        string outcome, CancellationToken ct)
    {
        var dialog = Catalog[state.DialogId!];
        var step = Catalog.FindStep(dialog, state.StepId!)!.Value.Step;
        return RunFromAsync(turn, state, values, actions, Resolve(dialog, step.Branches.GetValueOrDefault(outcome) ?? step.Next), ct);
    }

    /// <summary>
    /// Whether the message is the title of a button the waiting question offered from its own dialog ("Liever niet",
    /// "Nee, dank je"): such a press answers the question, however the intent model reads its words. Buttons that
    /// lead elsewhere (the menu's "Ik wil iemand spreken") are not answers.
    /// </summary>
    public bool PressedOwnButton(ConversationState state, string text)
    {
        if (WaitingStep(state) is not { } step) return false;
        var dialog = Catalog[state.DialogId!];
        return step.Suggest.Where(key => !IsPlaceholder(key) && !key.Contains('.', StringComparison.Ordinal))
            .SelectMany(key => Catalog.FindText(dialog, key)?.Values.SelectMany(v => v) ?? [])
            .Any(title => string.Equals(title.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Takes the answer to the waiting question: stores it and goes on, or says why it cannot use it.</summary>
    public async Task AnswerAsync(TurnContext turn, ConversationState state, ConversationValues values, BotActions actions,
        MessageUnderstanding understanding, string text, CancellationToken ct)
    {
        var dialog = Catalog[state.DialogId!];
        var step = Catalog.FindStep(dialog, state.StepId!)!.Value.Step;
        var answer = AnswerFor(step.Ask!, understanding, text);
        if (answer is null)
        {
            var problem = step.Invalid ?? step.Say!;
            if (step.Ask == "date" && step.Ambiguous is not null && understanding.Entities.DayAsSaid is { Kind: DateMentionKind.Ambiguous } unclear)
            {
                values["dateOption1"] = BotActions.FormatDay(unclear.Alternatives[0], state.Locale);
                values["dateOption2"] = BotActions.FormatDay(unclear.Alternatives[1], state.Locale);
                problem = step.Ambiguous;
            }
            await SayAsync(turn, state, values, dialog, problem, step.Suggest, ct);
            return;
        }
        string? next;
        if (BranchOutcomes(step.Ask).Length > 0)
        {
            next = step.Branches.GetValueOrDefault(answer) ?? step.Next;
        }
        else
        {
            values[step.AnswerKey!] = answer;
            next = step.Next;
        }
        await RunFromAsync(turn, state, values, actions, Resolve(dialog, next), ct);
    }

    /// <summary>What an answer holds for a question kind; null when it holds nothing usable.</summary>
    public static string? AnswerFor(string ask, MessageUnderstanding understanding, string text) => ask switch
    {
        "invoiceNumber" => understanding.Entities.InvoiceNumber,
        "customerNumber" => EntityExtractor.CustomerNumber(text),
        "postcode" => understanding.Entities.Postcode,
        "date" => DayOf(understanding.Entities.DayAsSaid),
        "amount" => (understanding.Entities.AmountCents ?? EntityExtractor.BareAmountCents(text))?.ToString(CultureInfo.InvariantCulture),
        "yesNo" => YesNo.Read(text),
        Concern => YesNo.ReadConcern(text),
        "score" => Score(text),
        Reason => SaysAReason(text) ? text.Trim() : null,
        _ => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
    };

    /// <summary>The question kind of a reason in the customer's own words (a dispute's): any text with words in it.</summary>
    public const string Reason = "reason";

    /// <summary>
    /// Whether a text says something in words: one word of three letters or more that is neither part of a number or
    /// code nor only its label ("F-2024-0012", "factuur 12345", "nr 88213407" are no reason).
    /// </summary>
    public static bool SaysAReason(string text) =>
        Word().Matches(text).Any(m => !NumberLabels.Contains(m.Value));

    private static readonly HashSet<string> NumberLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "factuur", "factuurnummer", "factuurnr", "nummer", "invoice", "number", "kenmerk", "dossier", "dossiernummer",
        "klantnummer", "referentie", "reference", "het", "this", "the", "dit", "deze", "die", "van", "euro", "eur",
    };

    /// <summary>A word of three letters or more that is not glued to a digit or a code's dash ("INV-2024", "F12").</summary>
    [GeneratedRegex(@"(?<![\p{L}\d\-/])\p{L}{3,}(?![\p{L}\d]|[\-/]\d)")]
    private static partial Regex Word();

    /// <summary>A score from 0 to 10 ("8", "een 8", "8/10", "10!"): exactly one whole number in that range, nothing else numeric.</summary>
    public static string? Score(string text)
    {
        var numbers = Number().Matches(text.Replace("/10", "", StringComparison.Ordinal)).Select(m => m.Value).ToList();
        return numbers is [var only] && int.TryParse(only, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= 10
            ? score.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The day a customer named: a single day, or the last day of a period ("uiterlijk vrijdag"). Asked for a day, a day
    /// gone by is an answer too: the agreement checks then say it has passed.
    /// </summary>
    public static string? DayOf(DateMention? date) => date switch
    {
        { NamesADay: true } d => d.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };

    private async Task RunFromAsync(TurnContext turn, ConversationState state, ConversationValues values, BotActions actions,
        (DialogDefinition Dialog, DialogStep Step)? start, CancellationToken ct)
    {
        var current = start;
        for (var steps = 0; current is { } c; steps++)
        {
            if (steps == MaxStepsPerTurn) throw new InvalidOperationException($"Dialog '{c.Dialog.Id}' ran {MaxStepsPerTurn} steps in one turn");
            var (dialog, step) = c;
            state.DialogId = dialog.Id;
            state.StepId = step.Id;
            foreach (var key in step.Clear) values[key] = null;
            if (step.Ask is not null and not "text" && BranchOutcomes(step.Ask).Length == 0 && values[step.AnswerKey!] is not null)
            {
                current = Resolve(dialog, step.Next); // already known from an earlier message
                continue;
            }
            if (step.Say is not null) await SayAsync(turn, state, values, dialog, step.Say, step.Suggest, ct, expectsInput: step.Ask is not null);
            if (step.Ask is not null) return;
            if (step.Stop) values[ReturnStack] = null;

            if (step.Call is not null)
            {
                Push(values, step.Next is null ? null : Qualified(dialog, step.Next));
                var called = Catalog[step.Call];
                current = (called, called.Steps[0]);
                continue;
            }
            string? next = step.Next;
            if (step.Action is not null)
            {
                var outcome = await actions.RunAsync(step.Action, new ActionContext(values, state.Locale, state.Key, step.With, ct));
                next = step.Branches.GetValueOrDefault(outcome) ?? step.Next;
            }
            current = next is null ? Pop(values) : Resolve(dialog, next);
        }
        state.DialogId = null;
        state.StepId = null;
    }

    /// <summary>Says a dialog's first text without moving the conversation's position (an acknowledgement in passing).</summary>
    public Task SayInPassingAsync(TurnContext turn, ConversationState state, ConversationValues values, string dialogId, CancellationToken ct,
        string? textKey = null)
    {
        var dialog = Catalog[dialogId];
        var step = dialog.Steps[0];
        return SayAsync(turn, state, values, dialog, textKey ?? step.Say!, step.Suggest, ct, expectsInput: false);
    }

    /// <summary>Asks the waiting question again (after the bot acknowledged a feeling in between).</summary>
    public Task AskAgainAsync(TurnContext turn, ConversationState state, ConversationValues values, CancellationToken ct)
    {
        var dialog = Catalog[state.DialogId!];
        var step = Catalog.FindStep(dialog, state.StepId!)!.Value.Step;
        return SayAsync(turn, state, values, dialog, step.Say!, step.Suggest, ct);
    }

    /// <summary>The text of a dialog in one language (first variation), for labels and titles.</summary>
    public string? TextOf(string dialogId, string key, string language) =>
        Catalog.Dialogs.FirstOrDefault(d => d.Id == dialogId) is { } dialog && Catalog.FindText(dialog, key) is { } text
            ? text[language][0]
            : null;

    private (DialogDefinition Dialog, DialogStep Step)? Resolve(DialogDefinition dialog, string? next) =>
        next is null ? null : Catalog.FindStep(dialog, next);

    private static string Qualified(DialogDefinition dialog, string step) => step.Contains('.') ? step : $"{dialog.Id}.{step}";

    private static void Push(ConversationValues values, string? target)
    {
        var stack = values[ReturnStack];
        values[ReturnStack] = string.IsNullOrEmpty(stack) ? target ?? "" : $"{stack};{target}";
    }

    private (DialogDefinition Dialog, DialogStep Step)? Pop(ConversationValues values)
    {
        var stack = values[ReturnStack];
        if (string.IsNullOrEmpty(stack)) return null;
        var parts = stack.Split(';');
        values[ReturnStack] = parts.Length > 1 ? string.Join(';', parts[..^1]) : null;
        var target = parts[^1];
        if (target.Length == 0) return null;
        var dot = target.IndexOf('.');
        return Catalog.FindStep(Catalog[target[..dot]], target);
    }

    private async Task SayAsync(TurnContext turn, ConversationState state, ConversationValues values, DialogDefinition dialog,
        string textKey, List<string> suggest, CancellationToken ct, bool expectsInput = true)
    {
        var language = Locales.Language(state.Locale);
        var reply = turn.CreateReply(ActivityTypes.Message, state.Locale);
        reply.TextFormat = "markdown";
        reply.Text = Fill(Pick(Catalog.FindText(dialog, textKey)!, language), values);
        reply.InputHint = expectsInput ? "expectingInput" : "ignoringInput";
        if (suggest.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions(suggest
                .Select(key => IsPlaceholder(key) ? Fill(key, values) : Catalog.FindText(dialog, key)![language][0])
                .Select(title => new CardAction("imBack", title, JsonValue.Create(title)))
                .ToList());
        }
        await turn.SendAsync(reply, ct);
    }

    /// <summary>A button whose title comes from a value (<c>"{option1}"</c>) rather than a text key.</summary>
    public static bool IsPlaceholder(string key) => key.StartsWith('{') && key.EndsWith('}');

    private static string Fill(string text, ConversationValues values) =>
        Placeholder().Replace(text, m => values[m.Groups[1].Value] ?? m.Value);

    private static string Pick(Dictionary<string, List<string>> text, string language)
    {
        var variations = text[language];
        return variations[Random.Shared.Next(variations.Count)];
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+([.,]\d+)?")]
    private static partial Regex Number();
}
