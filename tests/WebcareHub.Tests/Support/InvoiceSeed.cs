using WebcareHub.Agreements;
using WebcareHub.Invoices;

namespace WebcareHub.Tests.Support;

/// <summary>One creditor, one debtor and one invoice: what a verification or lookup test needs, nothing more.</summary>
public static class InvoiceSeed
{
    public static async Task<Invoice> SeedInvoiceAsync(this WebcareAppFactory app, string number = "F2026-00012",
        string postcode = "1234 AB", InvoiceStatus status = InvoiceStatus.InCollection)
    {
        var creditor = await app.SeedAsync(new Creditor { Name = "WoonStroom Energie B.V. " + number, Iban = "NL91ABNA0417164300" });
        var debtor = await app.SeedAsync(new Debtor
        {
            CustomerNumber = "K1" + number[^5..], Name = "Sanne de Vries", Street = "Kerkstraat 1", Postcode = postcode,
            City = "Utrecht", DateOfBirth = new DateOnly(1985, 3, 14), Email = "sanne@example.nl", Phone = "0612345678",
        });
        return await app.SeedAsync(new Invoice
        {
            Number = number, CreditorId = creditor.Id, DebtorId = debtor.Id, Description = "Energielevering",
            IssuedOn = new DateOnly(2026, 9, 1), DueOn = new DateOnly(2026, 9, 15), ReminderReceivedOn = new DateOnly(2026, 9, 17),
            PrincipalCents = 1_000_00, CollectionCostsCents = 150_00, InterestCents = 12_34, PaidCents = 0, Status = status,
        });
    }

    /// <summary>An open promise to pay the invoice's open amount by <paramref name="day"/>.</summary>
    public static Task<PaymentPromise> SeedOpenPromiseAsync(this WebcareAppFactory app, Invoice invoice, DateOnly day, string recordedBy = "test") =>
        app.SeedAsync(new PaymentPromise
        {
            InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, AmountCents = invoice.OpenCents, PromisedOn = day,
            Status = PromiseStatus.Open, RecordedBy = recordedBy,
        });

    /// <summary>Promises on the invoice's debtor that were broken (1 and 2 October 2026, …): what the policy counts.</summary>
    public static async Task SeedBrokenPromisesAsync(this WebcareAppFactory app, Invoice invoice, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await app.SeedAsync(new PaymentPromise
            {
                InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, AmountCents = 100, PromisedOn = new DateOnly(2026, 10, 1 + i),
                Status = PromiseStatus.Broken, RecordedBy = "test",
            });
        }
    }
}
