using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Invoices;

namespace WebcareHub.FollowUps;

/// <summary>
/// Sends queued agreement summaries inside the contact window. A sender first claims a row (a conditional update,
/// so two sweeps never send one summary both), then sends, then marks it sent. A failed send keeps the row queued
/// with its error and tries again after a pause that grows with the attempts; the message id is fixed per summary,
/// so even a message sent again after a crash between sending and marking is one message to a mail client.
/// </summary>
public sealed class SummarySender(WebcareDbContext db, EmailSender email, SummaryTemplates templates, InvoiceFacts invoices,
    ContactWindow window, TimeProvider clock, IOptions<EmailOptions> options, ILogger<SummarySender> log)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    /// <summary>Sends what is due; outside the contact window nothing. Returns how many went out and the last failure.</summary>
    public async Task<(int Sent, Exception? Failure)> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!window.IsAllowed(now)) return (0, null);
        var at = now.UtcDateTime;
        var due = await db.AgreementSummaries.AsNoTracking()
            .Where(s => s.State == SummaryState.Queued && (s.ClaimedUntil == null || s.ClaimedUntil <= at))
            .OrderBy(s => s.Id).Select(s => s.Id).Take(200).ToListAsync(ct);
        return await EmailSender.SendEachAsync(due, id => TrySendAsync(id, at, ct), (id, error) => RecordFailureAsync(id, at, error, ct));
    }

    private async Task<bool> TrySendAsync(int id, DateTime at, CancellationToken ct)
    {
        var claimed = await db.AgreementSummaries
            .Where(s => s.Id == id && s.State == SummaryState.Queued && (s.ClaimedUntil == null || s.ClaimedUntil <= at))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedUntil, at + ClaimFor).SetProperty(s => s.Attempts, s => s.Attempts + 1), ct);
        if (claimed == 0) return false;
        var message = await ComposeAsync(id, ct);
        await email.SendAsync(message, ct);
        await db.AgreementSummaries.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.State, SummaryState.Sent).SetProperty(s => s.SentAt, at)
            .SetProperty(s => s.ClaimedUntil, (DateTime?)null).SetProperty(s => s.LastError, (string?)null), ct);
        var row = await db.AgreementSummaries.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.PaymentPromiseId, s.PaymentArrangementId, s.Kind }).SingleAsync(ct);
        if (row.Kind != SummaryKind.Summary) return true;
        await db.PaymentPromises.Where(p => p.Id == row.PaymentPromiseId).ExecuteUpdateAsync(u => u.SetProperty(p => p.SummarySentAt, at), ct);
        await db.PaymentArrangements.Where(a => a.Id == row.PaymentArrangementId).ExecuteUpdateAsync(u => u.SetProperty(a => a.SummarySentAt, at), ct);
        return true;
    }

    private async Task RecordFailureAsync(int id, DateTime at, string error, CancellationToken ct)
    {
        var attempts = await db.AgreementSummaries.Where(s => s.Id == id).Select(s => s.Attempts).SingleAsync(ct);
        log.LogWarning("Summary {SummaryId} not sent (attempt {Attempts}): {Error}", id, attempts, error);
        await db.AgreementSummaries.Where(s => s.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.State, attempts >= options.Value.MaxAttempts ? SummaryState.Failed : SummaryState.Queued)
            .SetProperty(s => s.ClaimedUntil, at + EmailSender.RetryPause(attempts))
            .SetProperty(s => s.LastError, error), ct);
    }

    /// <summary>The e-mail of one summary, in the customer's language, with a message id fixed per summary.</summary>
    public async Task<MimeMessage> ComposeAsync(int id, CancellationToken ct)
    {
        var s = await db.AgreementSummaries.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            x.Email, x.Language, x.Kind,
            Promise = x.PaymentPromise == null ? null : new { x.PaymentPromise.InvoiceId, x.PaymentPromise.PromisedOn, x.PaymentPromise.AmountCents },
            Arrangement = x.PaymentArrangement == null ? null : new
            {
                x.PaymentArrangement.InvoiceId, x.PaymentArrangement.TotalCents, x.PaymentArrangement.InstalmentCents,
                x.PaymentArrangement.InstalmentCount, x.PaymentArrangement.FirstDueOn,
            },
        }).SingleAsync(ct);
        var locale = Locales.OfLanguage(s.Language);
        var culture = Locales.Culture(locale);
        var invoiceId = s.Promise?.InvoiceId ?? s.Arrangement!.InvoiceId;
        var values = new Dictionary<string, string>(await invoices.DescribeAsync(invoiceId, locale, ct)
            ?? throw new InvalidOperationException($"Invoice {invoiceId} of summary {id} no longer exists"))
        {
            ["name"] = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Debtor!.Name).SingleAsync(ct),
        };
        string template;
        if (s.Promise is { } p)
        {
            template = s.Kind == SummaryKind.ThankYou ? SummaryTemplates.Thanks : SummaryTemplates.Promise;
            values["open"] = Money.Format(p.AmountCents, locale);
            values["date"] = p.PromisedOn.ToString("dddd d MMMM yyyy", culture);
        }
        else
        {
            var a = s.Arrangement!;
            template = SummaryTemplates.Arrangement;
            var plan = new Agreements.ArrangementPlan(a.TotalCents, a.InstalmentCents, a.InstalmentCount, a.FirstDueOn, 0, 0);
            values["total"] = Money.Format(a.TotalCents, locale);
            values["instalments"] = a.InstalmentCount.ToString(CultureInfo.InvariantCulture);
            values["schedule"] = string.Join("\n", plan.Schedule().Select(x => $"- {x.Due.ToString("d MMMM yyyy", culture)}: {Money.Format(x.Cents, locale)}"));
        }
        return email.Compose(s.Email, s.Language, templates.Render(template, s.Language, values),
            $"{(s.Kind == SummaryKind.ThankYou ? "thanks" : "summary")}-{id}@webcarehub");
    }
}
