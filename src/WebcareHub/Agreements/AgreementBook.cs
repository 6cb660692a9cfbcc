using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.FollowUps;
using WebcareHub.Understanding;
using static WebcareHub.Agreements.AgreementOutcome;

namespace WebcareHub.Agreements;

/// <summary>
/// The one place where promises, arrangements and disputes are checked and recorded, for the bot and the
/// agent console alike. Each record is checked and saved in one transaction, and the database holds at most
/// one open promise, one active arrangement and one open dispute per invoice (filtered unique indexes): when
/// two chats agree at the same moment, one is recorded and the other hears what already stands.
/// </summary>
public sealed class AgreementBook(WebcareDbContext db, CustomerClock today, TimeProvider clock, IOptions<AgreementOptions> options,
    PromiseCheckSchedule checks)
{
    /// <summary>
    /// Whether a promise may be made (and, with <paramref name="day"/>, for that day): not when nothing is
    /// open, the invoice is disputed or already promised; from the bot a shorter term after one broken
    /// promise and none after two. <see cref="PromiseResult.Day"/> is the promised day, or the one already standing.
    /// </summary>
    public async Task<PromiseResult> CheckPromiseAsync(int invoiceId, DateOnly? day, AgreementAuthor author, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { i.DebtorId, Open = i.OpenCents, Creditor = i.Creditor!.Name })
            .SingleAsync(ct);
        var policy = options.Value.For(invoice.Creditor);
        var broken = await db.PaymentPromises.CountAsync(p => p.DebtorId == invoice.DebtorId && p.Status == PromiseStatus.Broken, ct);
        var shortTerm = !author.IsAgent && broken == 1;
        var latest = today.Today.AddDays(shortTerm ? policy.PromiseMaxDaysAheadAfterBroken : policy.PromiseMaxDaysAhead);
        PromiseResult Result(AgreementOutcome outcome, DateOnly? about = null) => new(outcome, about, latest, shortTerm);

        if (invoice.Open <= 0) return Result(NothingToPay);
        if (await IsDisputedAsync(invoiceId, ct)) return Result(Disputed);
        if (await OpenPromiseDayAsync(invoiceId, ct) is { } standing) return Result(AlreadyPromised, standing);
        // A promise beside a running arrangement would pause reminders the arrangement's terms already set.
        if (await HasActiveArrangementAsync(invoiceId, ct)) return Result(AlreadyArranged);
        if (!author.IsAgent && broken >= 2) return Result(PersonOnly);
        if (day is not { } d) return Result(Allowed);
        return Result(d < today.Today ? DayInPast : d > latest ? DayTooFar : Allowed, d);
    }

    /// <summary>Checks and records a promise to pay the open amount by <paramref name="day"/>.</summary>
    public async Task<PromiseResult> PromiseAsync(int invoiceId, DateOnly day, AgreementAuthor author, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var check = await CheckPromiseAsync(invoiceId, day, author, ct);
        if (check.Outcome != Allowed) return check;
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId).Select(i => new { i.DebtorId, i.OpenCents }).SingleAsync(ct);
        var promise = new PaymentPromise
        {
            InvoiceId = invoiceId,
            DebtorId = invoice.DebtorId,
            AmountCents = invoice.OpenCents,
            PromisedOn = day,
            Status = PromiseStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = author.RecordedBy,
        };
        var summary = await SummaryAsync(invoice.DebtorId, author, ct);
        if (summary is not null) summary.PaymentPromise = promise;
        // Saved before the bot says "agreed", so a customer is never told about a promise that was not kept.
        DateOnly? standing = null;
        if (!await TrySaveAsync(transaction, [promise, summary], async () => (standing = await OpenPromiseDayAsync(invoiceId, ct)) is not null, ct))
            return check with { Outcome = AlreadyPromised, Day = standing };
        // After the commit: a job for a promise that was rolled back would only find nothing to check.
        checks.Schedule(promise.Id, day, await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.Creditor!.Name).SingleAsync(ct));
        return check with { Outcome = Recorded, SummaryTo = summary?.Email };
    }

    /// <summary>
    /// Whether an arrangement may be made at all: something open, no dispute, no active arrangement, and no open
    /// promise. An open promise is refused rather than replaced: it pauses reminders until its day and is checked
    /// the day after, so it stays what was agreed until it is kept or broken; a change is a person's decision.
    /// </summary>
    public async Task<AgreementOutcome> CheckArrangementAsync(int invoiceId, CancellationToken ct)
    {
        var open = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.OpenCents).SingleAsync(ct);
        return open <= 0 ? NothingToPay
            : await IsDisputedAsync(invoiceId, ct) ? Disputed
            : await HasActiveArrangementAsync(invoiceId, ct) ? AlreadyArranged
            : await OpenPromiseDayAsync(invoiceId, ct) is not null ? AlreadyPromised
            : Allowed;
    }

    /// <summary>The plan for paying <paramref name="monthlyCents"/> a month, and whether the creditor's policy allows it.</summary>
    public async Task<ArrangementResult> ProposeArrangementAsync(int invoiceId, long monthlyCents, CancellationToken ct)
    {
        var invoice = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId)
            .Select(i => new { Creditor = i.Creditor!.Name, Open = i.OpenCents })
            .SingleAsync(ct);
        var policy = options.Value.For(invoice.Creditor);
        var instalment = Math.Min(monthlyCents, invoice.Open);
        var count = (int)Math.Ceiling((double)invoice.Open / Math.Max(1, instalment));
        var plan = new ArrangementPlan(invoice.Open, instalment, count, FirstDueOn(), policy.MinimumInstalmentCents, policy.MaxArrangementMonths);
        var outcome = count < 2 ? OneInstalment
            : instalment < policy.MinimumInstalmentCents ? BelowMinimum
            : count > policy.MaxArrangementMonths ? TooLong
            : Allowed;
        return new(outcome, plan);
    }

    /// <summary>Checks and records an arrangement of <paramref name="monthlyCents"/> a month inside the creditor's policy.</summary>
    public async Task<ArrangementResult> ArrangeAsync(int invoiceId, long monthlyCents, AgreementAuthor author, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await CheckArrangementAsync(invoiceId, ct) is var allowed and not Allowed) return new(allowed, null);
        var (outcome, plan, _) = await ProposeArrangementAsync(invoiceId, monthlyCents, ct);
        if (outcome != Allowed) return new(outcome, plan);
        var arrangement = new PaymentArrangement
        {
            InvoiceId = invoiceId,
            DebtorId = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.DebtorId).SingleAsync(ct),
            TotalCents = plan!.TotalCents,
            InstalmentCents = plan.InstalmentCents,
            InstalmentCount = plan.Count,
            FirstDueOn = plan.FirstDueOn,
            Status = ArrangementStatus.Active,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = author.RecordedBy,
        };
        var summary = await SummaryAsync(arrangement.DebtorId, author, ct);
        if (summary is not null) summary.PaymentArrangement = arrangement;
        return await TrySaveAsync(transaction, [arrangement, summary], () => HasActiveArrangementAsync(invoiceId, ct), ct)
            ? new(Recorded, plan, summary?.Email)
            : new(AlreadyArranged, null);
    }

    /// <summary>
    /// Records that the customer disputes their (verified) invoice, in their own words: from now on no
    /// payment prompts for it. <see cref="Disputed"/> when a dispute was already open.
    /// </summary>
    public async Task<AgreementOutcome> DisputeAsync(int invoiceId, string? reason, AgreementAuthor author, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await IsDisputedAsync(invoiceId, ct)) return Disputed;
        var dispute = new Dispute
        {
            InvoiceId = invoiceId,
            DebtorId = await db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.DebtorId).SingleAsync(ct),
            Reason = reason?.Trim() is { Length: > 0 } words ? words[..Math.Min(words.Length, Dispute.MaxReasonLength)] : null,
            Status = DisputeStatus.Open,
            RaisedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = author.RecordedBy,
        };
        return await TrySaveAsync(transaction, [dispute], () => IsDisputedAsync(invoiceId, ct), ct) ? Recorded : Disputed;
    }

    public Task<bool> IsDisputedAsync(int invoiceId, CancellationToken ct) =>
        db.Disputes.AnyAsync(d => d.InvoiceId == invoiceId && d.Status == DisputeStatus.Open, ct);

    /// <summary>The promise or arrangement that stands for an invoice (at most one of each kind), for the invoice overview.</summary>
    public async Task<StandingAgreement> StandingAsync(int invoiceId, CancellationToken ct)
    {
        var arrangement = await db.PaymentArrangements.AsNoTracking()
            .Where(a => a.InvoiceId == invoiceId && a.Status == ArrangementStatus.Active)
            .Select(a => new { a.TotalCents, a.InstalmentCents, a.InstalmentCount, a.FirstDueOn, Open = a.Invoice!.OpenCents })
            .FirstOrDefaultAsync(ct);
        var promisedOn = await OpenPromiseDayAsync(invoiceId, ct);
        // Only the schedule is read from the plan: its policy limits play no part here.
        var stillToPay = arrangement is null ? null
            : new ArrangementPlan(arrangement.TotalCents, arrangement.InstalmentCents, arrangement.InstalmentCount, arrangement.FirstDueOn,
                MinimumCents: 0, MaxMonths: arrangement.InstalmentCount).Remaining(arrangement.Open).ToList();
        return new(promisedOn, stillToPay, promisedOn < today.Today);
    }

    private Task<DateOnly?> OpenPromiseDayAsync(int invoiceId, CancellationToken ct) => db.PaymentPromises.AsNoTracking()
        .Where(p => p.InvoiceId == invoiceId && p.Status == PromiseStatus.Open)
        .Select(p => (DateOnly?)p.PromisedOn).FirstOrDefaultAsync(ct);

    private Task<bool> HasActiveArrangementAsync(int invoiceId, CancellationToken ct) =>
        db.PaymentArrangements.AnyAsync(a => a.InvoiceId == invoiceId && a.Status == ArrangementStatus.Active, ct);

    /// <summary>
    /// Queues the written summary of the agreement this author just recorded on the invoice (the newest open
    /// promise or active arrangement without a summary) to an address the customer typed in the chat; false when
    /// the address is not valid or there is no such agreement. The debtor record itself is not changed.
    /// </summary>
    public async Task<bool> QueueSummaryToAsync(int invoiceId, string email, AgreementAuthor author, CancellationToken ct)
    {
        email = email.Trim();
        if (!EmailAddresses.IsValid(email)) return false;
        var promise = await db.PaymentPromises.Where(p => p.InvoiceId == invoiceId && p.Status == PromiseStatus.Open && p.RecordedBy == author.RecordedBy
                && !db.AgreementSummaries.Any(s => s.PaymentPromiseId == p.Id))
            .OrderByDescending(p => p.CreatedAt).Select(p => new { p.Id, p.CreatedAt }).FirstOrDefaultAsync(ct);
        var arrangement = await db.PaymentArrangements.Where(a => a.InvoiceId == invoiceId && a.Status == ArrangementStatus.Active && a.RecordedBy == author.RecordedBy
                && !db.AgreementSummaries.Any(s => s.PaymentArrangementId == a.Id))
            .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.CreatedAt }).FirstOrDefaultAsync(ct);
        if (promise is null && arrangement is null) return false;
        var forPromise = arrangement is null || (promise is not null && promise.CreatedAt >= arrangement.CreatedAt);
        db.AgreementSummaries.Add(new AgreementSummary
        {
            Kind = SummaryKind.Summary, Email = email, Language = author.Language, State = SummaryState.Queued, QueuedAt = clock.GetUtcNow().UtcDateTime,
            PaymentPromiseId = forPromise ? promise!.Id : null,
            PaymentArrangementId = forPromise ? null : arrangement!.Id,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same agreement got its summary in between (a second tab): it is queued once all the same.
            db.ChangeTracker.Clear();
            return true;
        }
    }

    /// <summary>
    /// The written summary of an agreement, to the address in the debtor's record; null (and nothing said about
    /// e-mail) when the record holds no address we can write to.
    /// </summary>
    private async Task<AgreementSummary?> SummaryAsync(int debtorId, AgreementAuthor author, CancellationToken ct)
    {
        var email = await db.Debtors.Where(d => d.Id == debtorId).Select(d => d.Email).SingleAsync(ct);
        return EmailAddresses.IsValid(email)
            ? new AgreementSummary { Kind = SummaryKind.Summary, Email = email, Language = author.Language, State = SummaryState.Queued, QueuedAt = clock.GetUtcNow().UtcDateTime }
            : null;
    }

    /// <summary>
    /// Saves and commits; false when the database refused the rows because another chat recorded the same
    /// kind of agreement between our check and our insert (<paramref name="conflictStands"/> finds it).
    /// </summary>
    private async Task<bool> TrySaveAsync(IDbContextTransaction transaction, object?[] rows, Func<Task<bool>> conflictStands, CancellationToken ct)
    {
        var entities = rows.OfType<object>().ToList();
        db.AddRange(entities);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Only this row is dropped: the bot's conversation state shares the context and is saved at the end of the turn.
            foreach (var entity in entities) db.Entry(entity).State = EntityState.Detached;
            await transaction.RollbackAsync(ct);
            if (await conflictStands()) return false;
            throw;
        }
    }

    /// <summary>The first of next month, or of the month after when that is less than a week away.</summary>
    private DateOnly FirstDueOn()
    {
        var first = new DateOnly(today.Today.Year, today.Today.Month, 1).AddMonths(1);
        return first.DayNumber - today.Today.DayNumber < 7 ? first.AddMonths(1) : first;
    }
}

/// <summary>A promise check or record: the outcome, the day concerned (asked for, or already standing), the latest day allowed, and where the summary goes when one was queued.</summary>
public sealed record PromiseResult(AgreementOutcome Outcome, DateOnly? Day, DateOnly Latest, bool ShortTerm, string? SummaryTo = null);

/// <summary>An arrangement check or record, with the plan when one was worked out.</summary>
public sealed record ArrangementResult(AgreementOutcome Outcome, ArrangementPlan? Plan, string? SummaryTo = null);
