using WebcareHub.Bot.Dialogs;
using WebcareHub.Faq;
using WebcareHub.Understanding;

namespace WebcareHub.Bot;

/// <summary>
/// The words on a clarifying question's buttons: <c>label-&lt;intent&gt;</c> texts of <c>dialogs/clarify.yaml</c>
/// and each FAQ's title. A customer who clicks (or types) one gets that intent.
/// </summary>
public sealed class IntentLabels(DialogRunner dialogs, FaqLibrary faqs)
{
    public const string ClarifyDialog = "clarify";

    /// <summary>Checks the one reading of a weak message: its button, or "something else".</summary>
    public const string ConfirmDialog = "confirm";

    public string? LabelFor(string intent, string language) =>
        faqs.ForIntent(intent) is { } faq ? faq.Title[language] : dialogs.TextOf(ClarifyDialog, "label-" + intent, language);

    /// <summary>The intent whose label the message is, compared without case and punctuation.</summary>
    public string? IntentFor(string text, string language)
    {
        var simple = TextNormalizer.Simplify(text);
        if (simple.Length == 0) return null;
        foreach (var faq in faqs.All)
        {
            if (TextNormalizer.Simplify(faq.Title[language]) == simple) return IntentClassifier.FaqPrefix + faq.Id;
        }
        foreach (var intent in ClarifiedIntents)
        {
            if (dialogs.TextOf(ClarifyDialog, "label-" + intent, language) is { } label && TextNormalizer.Simplify(label) == simple) return intent;
        }
        return null;
    }

    private static readonly string[] ClarifiedIntents =
        ["invoice_lookup", "promise_to_pay", "payment_arrangement", "dispute", "human_request", "help"];
}
