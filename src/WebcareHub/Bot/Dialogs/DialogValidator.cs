namespace WebcareHub.Bot.Dialogs;

/// <summary>Checks one dialog against the catalog: texts complete in every language, references that resolve.</summary>
internal static class DialogValidator
{
    public static readonly string[] AskKinds = ["invoiceNumber", "customerNumber", "postcode", "date", "amount", "yesNo", DialogRunner.Concern, "text", "score", DialogRunner.Reason];

    public static string? FirstProblem(DialogDefinition dialog, DialogCatalog catalog)
    {
        if (dialog.Steps.Count == 0) return "a dialog needs at least one step";
        var duplicate = dialog.Steps.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return $"step id '{duplicate.Key}' is used twice";

        foreach (var (key, languages) in dialog.Texts)
        {
            foreach (var language in DialogCatalog.Languages)
            {
                if (!languages.TryGetValue(language, out var variations) || variations.Count == 0
                    || variations.Any(string.IsNullOrWhiteSpace))
                    return $"text '{key}' needs at least one non-empty '{language}' variation";
            }
        }

        foreach (var step in dialog.Steps)
        {
            if (string.IsNullOrWhiteSpace(step.Id)) return "every step needs an id";
            if (step.Say is null && step.Suggest.Count > 0) return $"step '{step.Id}' suggests buttons but says nothing";
            foreach (var key in step.Suggest.Prepend(step.Say).OfType<string>().Where(k => !DialogRunner.IsPlaceholder(k)))
            {
                if (catalog.FindText(dialog, key) is null) return $"step '{step.Id}' uses unknown text '{key}'";
            }
            if (step.Next is not null && catalog.FindStep(dialog, step.Next) is null)
                return $"step '{step.Id}' continues with unknown step '{step.Next}'";
            if (step.Ask is not null && !AskKinds.Contains(step.Ask))
                return $"step '{step.Id}' asks for '{step.Ask}'; known: {string.Join(", ", AskKinds)}";
            if (step.Ask is not null && step.Say is null) return $"step '{step.Id}' asks without saying its question";
            foreach (var key in new[] { step.Invalid, step.Ambiguous }.OfType<string>())
            {
                if (catalog.FindText(dialog, key) is null) return $"step '{step.Id}' uses unknown text '{key}'";
            }
            if (step.Action is not null && !BotActions.Keys.Contains(step.Action))
                return $"step '{step.Id}' runs unknown action '{step.Action}'";
            if (step.Call is not null && !catalog.Dialogs.Any(d => d.Id == step.Call))
                return $"step '{step.Id}' calls unknown dialog '{step.Call}'";
            foreach (var (outcome, target) in step.Branches)
            {
                if (catalog.FindStep(dialog, target) is null) return $"step '{step.Id}' branches '{outcome}' to unknown step '{target}'";
            }
            var outcomes = step.Action is not null ? BotActions.OutcomesOf(step.Action) : DialogRunner.BranchOutcomes(step.Ask);
            var unhandled = outcomes.FirstOrDefault(o => !step.Branches.ContainsKey(o));
            if (unhandled is not null && step.Next is null) return $"step '{step.Id}' has no branch for '{unhandled}' and no next";
        }

        foreach (var step in dialog.Steps)
        {
            if (LoopsForever(dialog, step, catalog)) return $"step '{step.Id}' leads into an endless loop of 'next'";
        }
        return null;
    }

    private static bool LoopsForever(DialogDefinition dialog, DialogStep start, DialogCatalog catalog)
    {
        var seen = new HashSet<DialogStep>();
        (DialogDefinition Dialog, DialogStep Step)? current = (dialog, start);
        while (current is { } c)
        {
            if (!seen.Add(c.Step)) return true;
            current = c.Step.Next is null ? null : catalog.FindStep(c.Dialog, c.Step.Next);
        }
        return false;
    }
}
