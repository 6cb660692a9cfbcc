using System.Text.Json.Nodes;
using WebcareHub.Channels;

namespace WebcareHub.Bot.Dialogs;

/// <summary>Walks a dialog's steps from a starting step, sending one message per step that says something.</summary>
public sealed class DialogRunner(DialogCatalog catalog)
{
    /// <summary>The dialog whose trigger phrases contain the message, if any.</summary>
    public DialogDefinition? FindTriggered(string? text, string language)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0) return null;
        return catalog.Dialogs.FirstOrDefault(d =>
            d.Triggers.TryGetValue(language, out var phrases) && phrases.Any(p => Normalize(p) == normalized));
    }

    public async Task RunAsync(TurnContext turn, ConversationState state, string dialogId, CancellationToken ct)
    {
        var dialog = catalog[dialogId];
        (DialogDefinition Dialog, DialogStep Step)? current = (dialog, dialog.Steps[0]);
        var language = Locales.Language(state.Locale);
        while (current is { } c)
        {
            state.DialogId = c.Dialog.Id;
            state.StepId = c.Step.Id;
            if (c.Step.Say is not null)
            {
                var next = c.Step.Next is null ? null : catalog.FindStep(c.Dialog, c.Step.Next);
                await turn.SendAsync(Message(turn, state, c.Dialog, c.Step, language, expectsInput: next is null), ct);
            }
            current = c.Step.Next is null ? null : catalog.FindStep(c.Dialog, c.Step.Next);
        }
    }

    private Activity Message(TurnContext turn, ConversationState state, DialogDefinition dialog, DialogStep step,
        string language, bool expectsInput)
    {
        var reply = turn.CreateReply(ActivityTypes.Message, state.Locale);
        reply.TextFormat = "markdown";
        reply.Text = Pick(catalog.FindText(dialog, step.Say!)!, language);
        reply.InputHint = expectsInput ? "expectingInput" : "ignoringInput";
        if (step.Suggest.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions(step.Suggest
                .Select(key => catalog.FindText(dialog, key)![language][0])
                .Select(title => new CardAction("imBack", title, JsonValue.Create(title)))
                .ToList());
        }
        return reply;
    }

    private static string Pick(Dictionary<string, List<string>> text, string language)
    {
        var variations = text[language];
        return variations[Random.Shared.Next(variations.Count)];
    }

    private static string Normalize(string? text) =>
        new string((text ?? "").ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch == ' ').ToArray()).Trim();
}
