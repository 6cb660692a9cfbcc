using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Invoices;

namespace WebcareHub.Data;

/// <summary>
/// Seeds a realistic, repeatable demo set on an empty database: creditors, Dutch debtors and invoices in
/// every state, with principal, WIK collection costs and interest kept apart. Runs once; later starts see
/// the creditors and leave everything alone.
/// </summary>
public sealed class DemoData(WebcareDbContext db, TimeProvider clock, IOptions<DatabaseOptions> options, ILogger<DemoData> logger)
{
    public const int DebtorCount = 300;
    public const int InvoiceCount = 1500;
    /// <summary>Statutory interest for consumer debts (wettelijke rente) used for the demo, per year.</summary>
    private const decimal InterestPerYear = 0.06m;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.SeedDemoData || await db.Creditors.AnyAsync(ct)) return;

        var random = new Random(options.Value.DemoSeed);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var creditors = DemoNames.Creditors.Select(c => new Creditor { Name = c.Name, Iban = c.Iban }).ToList();
        db.Creditors.AddRange(creditors);

        var debtors = Enumerable.Range(1, DebtorCount).Select(n => NewDebtor(n, random)).ToList();
        db.Debtors.AddRange(debtors);
        await db.SaveChangesAsync(ct);

        var statuses = Enum.GetValues<InvoiceStatus>();
        var payments = new List<(Invoice Invoice, long Cents, DateOnly On)>();
        for (var n = 1; n <= InvoiceCount; n++)
        {
            // The first debtors get one invoice of every state, so the demo logins cover them all.
            var status = statuses[(n - 1) % statuses.Length];
            var debtor = debtors[(n - 1) / 5 % debtors.Count];
            var creditor = creditors[random.Next(creditors.Count)];
            var invoice = NewInvoice(n, status, debtor, creditor, today, random, out var paid);
            db.Invoices.Add(invoice);
            if (paid > 0) payments.Add((invoice, paid, invoice.DueOn.AddDays(random.Next(1, 30))));
        }
        await db.SaveChangesAsync(ct);

        db.Payments.AddRange(payments.Select((p, i) => new Payment
        {
            InvoiceId = p.Invoice.Id,
            AmountCents = p.Cents,
            ReceivedOn = p.On > today ? today : p.On,
            Reference = $"BANK-{i + 1:000000}",
        }));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo data: {Creditors} creditors, {Debtors} debtors, {Invoices} invoices, {Payments} payments",
            creditors.Count, debtors.Count, InvoiceCount, payments.Count);
    }

    private static Debtor NewDebtor(int n, Random random)
    {
        var first = DemoNames.FirstNames[random.Next(DemoNames.FirstNames.Length)];
        var last = DemoNames.LastNames[random.Next(DemoNames.LastNames.Length)];
        var (city, postcodePrefix) = DemoNames.Cities[random.Next(DemoNames.Cities.Length)];
        var digits = postcodePrefix + random.Next(0, 90); // drawn in the same order as ever, so the demo people stay the same
        var letters = $"{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
        // PostNL never gives out SA, SD or SS (and the postcode recogniser rightly refuses them): such a debtor could never verify.
        if (letters is "SA" or "SD" or "SS") letters = "S" + (char)(letters[1] + 1);
        var postcode = $"{digits:0000} {letters}";
        return new Debtor
        {
            CustomerNumber = $"K{100000 + n}",
            Name = $"{first} {last}",
            Street = $"{DemoNames.Streets[random.Next(DemoNames.Streets.Length)]} {random.Next(1, 250)}",
            Postcode = postcode,
            City = city,
            DateOfBirth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 55)),
            Email = $"{first.ToLowerInvariant()}.{last.Replace(" ", "").ToLowerInvariant()}{n}@example.nl",
            Phone = $"06{random.Next(10000000, 99999999)}",
        };
    }

    private static Invoice NewInvoice(int n, InvoiceStatus status, Debtor debtor, Creditor creditor, DateOnly today,
        Random random, out long paidCents)
    {
        var principal = (long)random.Next(2_500, 250_000); // € 25 to € 2,500
        var overdueDays = status switch
        {
            InvoiceStatus.Open => random.Next(-20, 0),
            InvoiceStatus.ReminderSent => random.Next(3, 20),
            InvoiceStatus.FinalNotice => random.Next(35, 60),
            InvoiceStatus.InCollection => random.Next(60, 200),
            _ => random.Next(40, 150),
        };
        var dueOn = today.AddDays(-overdueDays);
        DateOnly? reminderReceived = status is InvoiceStatus.Open ? null : dueOn.AddDays(2);
        var costs = CollectionCosts.MayBeCharged(reminderReceived, today) ? CollectionCosts.MaximumFor(principal) : 0;
        var interest = status is InvoiceStatus.InCollection or InvoiceStatus.PartlyPaid or InvoiceStatus.Paid
            ? (long)Math.Round(principal * InterestPerYear * overdueDays / 365m)
            : 0;
        var total = principal + costs + interest;
        paidCents = status switch
        {
            InvoiceStatus.Paid => total,
            InvoiceStatus.PartlyPaid => total * random.Next(20, 70) / 100,
            _ => 0,
        };
        return new Invoice
        {
            Number = $"F{dueOn.Year}-{n:00000}",
            CreditorId = creditor.Id,
            DebtorId = debtor.Id,
            Description = DemoNames.Descriptions[random.Next(DemoNames.Descriptions.Length)],
            IssuedOn = dueOn.AddDays(-14),
            DueOn = dueOn,
            ReminderReceivedOn = reminderReceived,
            PrincipalCents = principal,
            CollectionCostsCents = costs,
            InterestCents = interest,
            PaidCents = paidCents,
            Status = status,
        };
    }
}
