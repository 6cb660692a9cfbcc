using Microsoft.EntityFrameworkCore;
using WebcareHub.Common;
using WebcareHub.Data;

namespace WebcareHub.Invoices;

/// <summary>The facts of a verified customer's invoice, formatted for the customer's language.</summary>
public sealed class InvoiceFacts(WebcareDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>?> DescribeAsync(int invoiceId, string locale, CancellationToken ct)
    {
        var i = await db.Invoices.AsNoTracking()
            .Where(x => x.Id == invoiceId)
            .Select(x => new
            {
                x.Number, Creditor = x.Creditor!.Name, x.Creditor.Iban, x.PrincipalCents, x.CollectionCostsCents, x.InterestCents,
                x.PaidCents, x.OpenCents, x.DueOn, x.Status,
            })
            .SingleOrDefaultAsync(ct);
        if (i is null) return null;
        var culture = Locales.Culture(locale);
        string Money(long cents) => Invoices.Money.Format(cents, locale);
        return new Dictionary<string, string>
        {
            ["invoiceNumber"] = i.Number,
            ["creditor"] = i.Creditor,
            ["iban"] = i.Iban,
            ["principal"] = Money(i.PrincipalCents),
            ["costs"] = Money(i.CollectionCostsCents),
            ["interest"] = Money(i.InterestCents),
            ["paid"] = Money(i.PaidCents),
            ["open"] = Money(i.OpenCents),
            ["dueDate"] = i.DueOn.ToString("dddd d MMMM yyyy", culture),
            ["status"] = StatusKey(i.Status),
        };
    }

    /// <summary>The status as a kebab-case key: dialogs branch on it and name their texts after it.</summary>
    public static string StatusKey(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Open => "open",
        InvoiceStatus.ReminderSent => "reminder-sent",
        InvoiceStatus.FinalNotice => "final-notice",
        InvoiceStatus.InCollection => "in-collection",
        InvoiceStatus.PartlyPaid => "partly-paid",
        _ => "paid",
    };
}
