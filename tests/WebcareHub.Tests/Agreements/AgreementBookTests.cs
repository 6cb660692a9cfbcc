using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WebcareHub.Agreements;
using WebcareHub.Common;
using WebcareHub.Data;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;
using WebcareHub.Understanding;

namespace WebcareHub.Tests.Agreements;

/// <summary>
/// The one agreement service, called as two chats call it at once: each through its own scope (its own
/// DbContext and connection) on one database file. The test clock says Tuesday 24 November 2026.
/// </summary>
public sealed class AgreementBookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-agreements-").FullName;

    [Fact]
    public async Task Promise_IsRecordedOnce_WhenTwoChatsConfirmOneInvoiceAtTheSameMoment()
    {
        await using var app = new WebcareAppFactory(Path.Combine(_folder, "promises.db"));
        var invoice = await app.SeedInvoiceAsync();
        var days = new[] { new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 11) };

        var results = await AtOnceAsync(app, (book, i) =>
            book.PromiseAsync(invoice.Id, days[i], AgreementAuthor.Bot($"directline:chat-{i}"), CancellationToken.None));

        var recorded = Assert.Single(results, r => r.Outcome == AgreementOutcome.Recorded);
        var refused = Assert.Single(results, r => r.Outcome == AgreementOutcome.AlreadyPromised);
        Assert.Equal(recorded.Day, refused.Day);
        var open = await app.QueryAsync(db => db.PaymentPromises.Where(p => p.Status == PromiseStatus.Open).ToListAsync());
        Assert.Equal(recorded.Day, Assert.Single(open).PromisedOn);
    }

    [Fact]
    public async Task Arrangement_IsRecordedOnce_WhenTwoChatsConfirmOneInvoiceAtTheSameMoment()
    {
        await using var app = new WebcareAppFactory(Path.Combine(_folder, "arrangements.db"));
        var invoice = await app.SeedInvoiceAsync();

        var results = await AtOnceAsync(app, (book, i) =>
            book.ArrangeAsync(invoice.Id, 200_00 + i * 50_00, AgreementAuthor.Bot($"directline:chat-{i}"), CancellationToken.None));

        Assert.Single(results, r => r.Outcome == AgreementOutcome.Recorded);
        Assert.Single(results, r => r.Outcome == AgreementOutcome.AlreadyArranged);
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentArrangements.CountAsync(a => a.Status == ArrangementStatus.Active)));
    }

    [Fact]
    public async Task Promise_AnswersAlreadyPromised_WhenTheCheckMissedAPromiseSavedMeanwhile()
    {
        await using var app = new WebcareAppFactory(Path.Combine(_folder, "refused.db"));
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedAsync(new PaymentPromise
        {
            InvoiceId = invoice.Id,
            DebtorId = invoice.DebtorId,
            AmountCents = 100,
            PromisedOn = new DateOnly(2026, 12, 1),
            Status = PromiseStatus.Open,
            RecordedBy = "directline:other-chat",
        });
        // As a database with read-committed isolation may: the check does not see the other chat's promise yet.
        var blind = new BlindToOpenPromisesOnce();
        await using var db = new WebcareDbContext(new DbContextOptionsBuilder<WebcareDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "refused.db")}").AddInterceptors(blind).Options);
        await using var scope = app.Services.CreateAsyncScope();
        var book = new AgreementBook(db, app.Services.GetRequiredService<CustomerClock>(), app.Clock, Options.Create(new AgreementOptions()),
            scope.ServiceProvider.GetRequiredService<WebcareHub.FollowUps.PromiseCheckSchedule>());

        var result = await book.PromiseAsync(invoice.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Agent("anna"), CancellationToken.None);

        Assert.True(blind.Fired);
        Assert.Equal((AgreementOutcome.AlreadyPromised, new DateOnly(2026, 12, 1)), (result.Outcome, result.Day));
        Assert.Equal(1, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
    }

    [Fact]
    public async Task Database_RefusesASecondOpenPromiseArrangementOrDispute_ForOneInvoice()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        var rows = new Func<object>[]
        {
            () => new PaymentPromise { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Status = PromiseStatus.Open, RecordedBy = "x" },
            () => new PaymentArrangement { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Status = ArrangementStatus.Active, RecordedBy = "x" },
            () => new Dispute { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Status = DisputeStatus.Open, RecordedBy = "x" },
        };

        foreach (var row in rows)
        {
            await app.SeedAsync(row());
            await Assert.ThrowsAsync<DbUpdateException>(() => app.SeedAsync(row()));
        }
        // Closed ones may be many.
        await app.SeedAsync(new PaymentPromise { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Status = PromiseStatus.Broken, RecordedBy = "x" });
        await app.SeedAsync(new PaymentPromise { InvoiceId = invoice.Id, DebtorId = invoice.DebtorId, Status = PromiseStatus.Broken, RecordedBy = "x" });
    }

    [Fact]
    public async Task Dispute_StopsPromisesAndArrangements_ForThatInvoiceOnly()
    {
        await using var app = new WebcareAppFactory();
        var disputed = await app.SeedInvoiceAsync();
        var other = await app.SeedInvoiceAsync("F2026-00013", "1234 AB");

        var first = await WithBookAsync(app, b => b.DisputeAsync(disputed.Id, "  al opgezegd in juni ", AgreementAuthor.Bot("directline:c"), CancellationToken.None));
        var again = await WithBookAsync(app, b => b.DisputeAsync(disputed.Id, "nog steeds fout", AgreementAuthor.Bot("directline:c"), CancellationToken.None));
        var promise = await WithBookAsync(app, b => b.PromiseAsync(disputed.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Agent("anna"), CancellationToken.None));
        var arrangement = await WithBookAsync(app, b => b.ArrangeAsync(disputed.Id, 200_00, AgreementAuthor.Agent("anna"), CancellationToken.None));
        var elsewhere = await WithBookAsync(app, b => b.PromiseAsync(other.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Agent("anna"), CancellationToken.None));

        Assert.Equal((AgreementOutcome.Recorded, AgreementOutcome.Disputed), (first, again));
        Assert.Equal((AgreementOutcome.Disputed, AgreementOutcome.Disputed), (promise.Outcome, arrangement.Outcome));
        Assert.Equal(AgreementOutcome.Recorded, elsewhere.Outcome);
        var dispute = await app.QueryAsync(db => db.Disputes.SingleAsync());
        Assert.Equal((disputed.Id, "al opgezegd in juni", DisputeStatus.Open), (dispute.InvoiceId, dispute.Reason, dispute.Status));
    }

    [Fact]
    public async Task Promise_AllowsAnAgentANormalTerm_WhereTheBotSendsTheCustomerToAPerson()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        await app.SeedBrokenPromisesAsync(invoice, 2);
        var day = new DateOnly(2026, 12, 18);

        var bot = await WithBookAsync(app, b => b.PromiseAsync(invoice.Id, day, AgreementAuthor.Bot("directline:c"), CancellationToken.None));
        var agent = await WithBookAsync(app, b => b.PromiseAsync(invoice.Id, day, AgreementAuthor.Agent("anna"), CancellationToken.None));

        Assert.Equal((AgreementOutcome.PersonOnly, AgreementOutcome.Recorded), (bot.Outcome, agent.Outcome));
        Assert.Equal("agent:anna", (await app.QueryAsync(db => db.PaymentPromises.SingleAsync(p => p.Status == PromiseStatus.Open))).RecordedBy);
    }

    [Fact]
    public async Task Arrangement_IsRefused_WhileAPromiseIsOpen_AndThePromiseStands()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        var promise = await WithBookAsync(app, b => b.PromiseAsync(invoice.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Agent("anna"), CancellationToken.None));

        var check = await WithBookAsync(app, b => b.CheckArrangementAsync(invoice.Id, CancellationToken.None));
        var arrangement = await WithBookAsync(app, b => b.ArrangeAsync(invoice.Id, 200_00, AgreementAuthor.Agent("anna"), CancellationToken.None));

        Assert.Equal(AgreementOutcome.Recorded, promise.Outcome);
        Assert.Equal((AgreementOutcome.AlreadyPromised, AgreementOutcome.AlreadyPromised), (check, arrangement.Outcome));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentArrangements.CountAsync()));
        Assert.Equal(PromiseStatus.Open, (await app.QueryAsync(db => db.PaymentPromises.SingleAsync())).Status);
    }

    [Fact]
    public async Task Promise_IsRefused_WhileAnArrangementIsActive_AndTheArrangementStands()
    {
        await using var app = new WebcareAppFactory();
        var invoice = await app.SeedInvoiceAsync();
        var arrangement = await WithBookAsync(app, b => b.ArrangeAsync(invoice.Id, 200_00, AgreementAuthor.Agent("anna"), CancellationToken.None));

        var promise = await WithBookAsync(app, b => b.PromiseAsync(invoice.Id, new DateOnly(2026, 12, 4), AgreementAuthor.Bot("directline:c"), CancellationToken.None));

        Assert.Equal((AgreementOutcome.Recorded, AgreementOutcome.AlreadyArranged), (arrangement.Outcome, promise.Outcome));
        Assert.Equal(0, await app.QueryAsync(db => db.PaymentPromises.CountAsync()));
        Assert.Equal(ArrangementStatus.Active, (await app.QueryAsync(db => db.PaymentArrangements.SingleAsync())).Status);
    }

    /// <summary>Two calls, each with its own scope, released together.</summary>
    private static async Task<T[]> AtOnceAsync<T>(WebcareAppFactory app, Func<AgreementBook, int, Task<T>> call)
    {
        using var start = new Barrier(2);
        return await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var book = scope.ServiceProvider.GetRequiredService<AgreementBook>();
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await call(book, i);
        })));
    }

    private static async Task<T> WithBookAsync<T>(WebcareAppFactory app, Func<AgreementBook, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<AgreementBook>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Makes the first look-up of an open promise find none.</summary>
    private sealed class BlindToOpenPromisesOnce : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!Fired && command.CommandText.Contains("\"PromisedOn\"", StringComparison.Ordinal)
                && command.CommandText.Contains("FROM \"PaymentPromises\"", StringComparison.Ordinal))
            {
                Fired = true;
                command.CommandText = "SELECT NULL WHERE 0";
            }
            return ValueTask.FromResult(result);
        }
    }
}
