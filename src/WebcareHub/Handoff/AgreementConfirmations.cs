using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Agreements;
using WebcareHub.Bot.Dialogs;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Invoices;

namespace WebcareHub.Handoff;

/// <summary>
/// What the customer reads when an agent records an agreement for them: the bot's own "agreed" texts from
/// dialogs/payment-promise.yaml and dialogs/payment-arrangement.yaml, filled in the same way the bot fills them.
/// </summary>
public sealed partial class AgreementConfirmations(WebcareDbContext db, DialogCatalogSource dialogs)
{
    public async Task<string> PromiseAsync(int invoiceId, DateOnly day, string language, CancellationToken ct)
    {
        var locale = Locales.OfLanguage(language);
        var open = await db.PaymentPromises.AsNoTracking().Where(p => p.InvoiceId == invoiceId && p.PromisedOn == day && p.Status == PromiseStatus.Open)
            .Select(p => p.AmountCents).FirstAsync(ct);
        return Fill("payment-promise", language, new()
        {
            ["open"] = Money.Format(open, locale),
            ["promiseDate"] = BotActions.FormatDay(day, locale),
        });
    }

    public string Arrangement(ArrangementPlan plan, string language) => Fill("payment-arrangement", language, new()
    {
        ["instalment"] = Money.Format(plan.InstalmentCents, Locales.OfLanguage(language)),
        ["instalments"] = plan.Count.ToString(CultureInfo.InvariantCulture),
    });

    private string Fill(string dialog, string language, Dictionary<string, string> values) =>
        Placeholder().Replace(dialogs.Current[dialog].Texts["recorded"][language == "en" ? "en" : "nl"][0],
            m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
