using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.FollowUps;
using WebcareHub.Handoff;

namespace WebcareHub.Invoices;

/// <summary>
/// Payments reported by the collection system (CSV file, Admin upload or <c>POST /api/payments</c>). A batch with any
/// malformed line is refused whole, naming every bad line; a payment whose reference is known already counts once;
/// a payment for an invoice we do not know is reported and not applied; a payment dated in the next
/// <see cref="MaxDaysAhead"/> days (a bank's value date) is reported and not applied yet, while the rest of the batch
/// is, and counts when it is sent again from its day; a later day is a malformed line; a payment beyond what an
/// invoice owed is applied, reported and given to a person (a call-back task) to refund.
/// Amounts are euro cents.
/// </summary>
public sealed partial class PaymentsIn(WebcareDbContext db, ContactWindow window, TimeProvider clock, CallbackTexts texts, ILogger<PaymentsIn> logger)
{
    /// <summary>Today where the office is: no payment can have been received after it.</summary>
    public DateOnly Today => window.Today(clock.GetUtcNow());

    public const string CsvHeader = "reference;invoice;amount_cents;received_on";

    /// <summary>One payment of at most € 100 million: far above any invoice, far below what a sum of cents could overflow.</summary>
    public const long MaxPaymentCents = 10_000_000_000;

    /// <summary>How far ahead a bank may date a payment (its value date); a day further than this is a typing error.</summary>
    public const int MaxDaysAhead = 7;

    /// <summary>Reads <see cref="CsvHeader"/>-shaped CSV (";" or ","); line numbers count the header as line 1.</summary>
    public static PaymentBatch ParseCsv(string text, DateOnly today)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<string>();
        var payments = new List<IncomingPayment>();
        if (lines[0].Trim().Replace(',', ';') != CsvHeader) errors.Add($"line 1: the header must be \"{CsvHeader}\"");
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split(lines[i].Contains(';', StringComparison.Ordinal) ? ';' : ',').Select(c => c.Trim()).ToArray();
            if (cells.Length != 4)
            {
                errors.Add($"line {i + 1}: expected 4 fields, found {cells.Length}");
                continue;
            }
            payments.Add(new IncomingPayment(i + 1, cells[0], cells[1], cells[2], cells[3]));
        }
        return Validate(payments, today, errors);
    }

    /// <summary>Checks every line (reference, invoice, whole positive cents, ISO date at most <see cref="MaxDaysAhead"/> days ahead, no reference twice) and collects all errors.</summary>
    public static PaymentBatch Validate(IReadOnlyList<IncomingPayment> payments, DateOnly today, List<string>? errors = null)
    {
        errors ??= [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in payments)
        {
            if (p.Reference is not { Length: > 0 and <= 100 }) errors.Add($"line {p.Line}: reference must be 1 to 100 characters");
            else if (!seen.Add(p.Reference)) errors.Add($"line {p.Line}: reference {p.Reference} appears twice in this batch");
            if (p.InvoiceNumber is not { Length: > 0 and <= 20 }) errors.Add($"line {p.Line}: invoice number must be 1 to 20 characters");
            if (!long.TryParse(p.AmountCents, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) || cents <= 0)
                errors.Add($"line {p.Line}: amount_cents must be a whole number of cents above 0 (\"{p.AmountCents}\")");
            else if (cents > MaxPaymentCents)
                errors.Add($"line {p.Line}: amount_cents is more than one payment can be ({MaxPaymentCents} cents at most)");
            if (!DateOnly.TryParseExact(p.ReceivedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                errors.Add($"line {p.Line}: received_on must be a date as YYYY-MM-DD (\"{p.ReceivedOn}\")");
            else if (day.Year < 2000)
                errors.Add($"line {p.Line}: received_on must be a day in 2000 or later (\"{p.ReceivedOn}\")");
            else if (day > today.AddDays(MaxDaysAhead))
                errors.Add($"line {p.Line}: received_on is more than {MaxDaysAhead} days after today, {today:yyyy-MM-dd} (\"{p.ReceivedOn}\")");
        }
        return new PaymentBatch(payments, errors, today);
    }

    /// <summary>
    /// Applies a valid batch in one transaction: new payments added to their invoices, known references skipped, and a
    /// payment dated after today left out and reported (money not received yet cannot count; its reference stays new).
    /// </summary>
    public async Task<PaymentImportResult> ApplyAsync(PaymentBatch batch, CancellationToken ct)
    {
        if (batch.Errors.Count > 0) throw new InvalidOperationException("A batch with errors is refused whole");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var references = batch.Payments.Select(p => p.Reference).ToList();
        var known = (await db.Payments.Where(p => references.Contains(p.Reference)).Select(p => p.Reference).ToListAsync(ct)).ToHashSet();
        var numbers = batch.Payments.Select(p => p.InvoiceNumber).Distinct().ToList();
        var invoices = await db.Invoices.Where(i => numbers.Contains(i.Number)).ToDictionaryAsync(i => i.Number, ct);
        var (added, duplicates, unknown, overpaid, notYet) = (0, 0, new List<string>(), new List<string>(), new List<string>());
        foreach (var p in batch.Payments)
        {
            if (known.Contains(p.Reference)) { duplicates++; continue; }
            if (!invoices.TryGetValue(p.InvoiceNumber, out var invoice)) { unknown.Add($"line {p.Line}: invoice {p.InvoiceNumber} is unknown"); continue; }
            var receivedOn = DateOnly.ParseExact(p.ReceivedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (receivedOn > batch.Today)
            {
                notYet.Add($"line {p.Line}: dated {p.ReceivedOn}, after today; not applied yet, send it again from that day");
                // Logged as well as reported: a sender that ignores the report would otherwise lose the payment unseen.
                LogNotYetReceived(logger, p.Reference, p.InvoiceNumber, p.ReceivedOn);
                continue;
            }
            var cents = long.Parse(p.AmountCents, CultureInfo.InvariantCulture);
            var owedBefore = Math.Max(0, invoice.PrincipalCents + invoice.CollectionCostsCents + invoice.InterestCents - invoice.PaidCents);
            db.Payments.Add(new Payment { InvoiceId = invoice.Id, AmountCents = cents, ReceivedOn = receivedOn, Reference = p.Reference });
            invoice.PaidCents += cents;
            invoice.Status = owedBefore - cents <= 0 ? InvoiceStatus.Paid : InvoiceStatus.PartlyPaid;
            added++;
            if (cents > owedBefore)
            {
                overpaid.Add($"line {p.Line}: invoice {invoice.Number} received {cents - owedBefore} cents more than it owed; a call-back task asks a colleague to arrange the refund");
                AddRefundTask(invoice, p.Reference, cents, cents - owedBefore);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new PaymentImportResult(added, duplicates, unknown, overpaid, notYet);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Reference} for invoice {InvoiceNumber} is dated {ReceivedOn}, after today: not applied; it must be sent again from that day")]
    private static partial void LogNotYetReceived(ILogger logger, string reference, string invoiceNumber, string receivedOn);

    /// <summary>One task per payment reference: a person contacts the customer about the money paid too much.</summary>
    private void AddRefundTask(Invoice invoice, string reference, long paidCents, long tooMuchCents)
    {
        var values = new Dictionary<string, string>
        {
            ["paid"] = Money.Format(paidCents, Locales.Dutch),
            ["tooMuch"] = Money.Format(tooMuchCents, Locales.Dutch),
            ["invoiceNumber"] = invoice.Number,
            ["reference"] = reference,
        };
        var (context, opening) = texts.Render(CallbackReasons.Overpaid, "nl", values);
        var now = clock.GetUtcNow();
        db.CallbackTasks.Add(new CallbackTask
        {
            // A reference is known once (see ApplyAsync), so its task is made once; a long one is hashed to fit the key.
            SourceKey = "overpaid:" + (reference.Length <= 90 ? reference
                : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reference)))[..40]),
            Reason = CallbackReasons.Overpaid, DueAt = window.NextAllowed(now).UtcDateTime, CreatedAt = now.UtcDateTime,
            DebtorId = invoice.DebtorId, InvoiceNumber = invoice.Number, Language = "nl", Context = context, OpeningLine = opening,
        });
    }
}

/// <summary>One reported payment as received (text), with its line number (CSV) or position (API, from 1).</summary>
public sealed record IncomingPayment(int Line, string Reference, string InvoiceNumber, string AmountCents, string ReceivedOn);

/// <summary>A checked batch, with the day it was checked against: applying it holds back what is dated after that day.</summary>
public sealed record PaymentBatch(IReadOnlyList<IncomingPayment> Payments, IReadOnlyList<string> Errors, DateOnly Today);

/// <summary>What a batch did: <see cref="NotYetReceived"/> lists payments dated after today, left out until sent again.</summary>
public sealed record PaymentImportResult(int Added, int Duplicates, IReadOnlyList<string> UnknownInvoices, IReadOnlyList<string> Overpaid,
    IReadOnlyList<string> NotYetReceived);
