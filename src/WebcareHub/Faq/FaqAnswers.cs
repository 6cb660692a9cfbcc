using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Common;
using WebcareHub.Handoff;

namespace WebcareHub.Faq;

/// <summary>An FAQ's answer in the customer's language, with the facts it names filled in from settings.</summary>
public sealed class FaqAnswers(FaqLibrary library, OpeningHours hours, IOptions<BotOptions> bot)
{
    public string? Answer(string id, string locale)
    {
        if (library.Find(id) is not { } entry) return null;
        return entry.Answer[Locales.Language(locale)]
            .Replace("{openingHours}", hours.Describe(locale), StringComparison.Ordinal)
            .Replace("{registerNumber}", bot.Value.RegisterNumber, StringComparison.Ordinal);
    }
}
