using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebcareHub.Data;
using WebcareHub.Invoices;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Data;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Seed_CreatesCreditorsDebtorsAndInvoicesInEveryState_OnceOnly()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Database:SeedDemoData"] = "true" });
        app.Start();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
        }

        var counts = await app.QueryAsync(async db => (
            Creditors: await db.Creditors.CountAsync(),
            Debtors: await db.Debtors.CountAsync(),
            Invoices: await db.Invoices.CountAsync(),
            Payments: await db.Payments.CountAsync(),
            States: await db.Invoices.Select(i => i.Status).Distinct().CountAsync()));
        Assert.Equal((3, 300, 1500), (counts.Creditors, counts.Debtors, counts.Invoices));
        Assert.True(counts.Payments > 0);
        Assert.Equal(Enum.GetValues<InvoiceStatus>().Length, counts.States);
    }

    [Fact]
    public async Task Seed_ChargesCollectionCostsOnTheLegalScale_OnlyAfterTheFourteenDayTerm()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Database:SeedDemoData"] = "true" });
        app.Start();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var invoices = await app.QueryAsync(db => db.Invoices.AsNoTracking().ToListAsync());

        Assert.All(invoices, i =>
        {
            var mayCharge = CollectionCosts.MayBeCharged(i.ReminderReceivedOn, today);
            Assert.Equal(mayCharge ? CollectionCosts.MaximumFor(i.PrincipalCents) : 0, i.CollectionCostsCents);
            Assert.InRange(i.PaidCents, 0, i.PrincipalCents + i.CollectionCostsCents + i.InterestCents);
        });
        Assert.Contains(invoices, i => i.CollectionCostsCents > 0);
        Assert.All(invoices.Where(i => i.Status == InvoiceStatus.Paid), i => Assert.Equal(0, i.OpenCents));
        Assert.All(invoices.Where(i => i.Status == InvoiceStatus.Open), i => Assert.Equal(0, i.CollectionCostsCents));
    }

    [Fact]
    public async Task Debtors_HaveDutchPostcodes()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Database:SeedDemoData"] = "true" });
        app.Start();

        var postcodes = await app.QueryAsync(db => db.Debtors.Select(d => d.Postcode).ToListAsync());

        Assert.All(postcodes, p => Assert.Matches("^[1-9][0-9]{3} [A-Z]{2}$", p));
    }

    [Fact]
    public async Task Seed_GivesEveryDebtorAPostcodeTheRecogniserAccepts_SoEveryoneCanVerify()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Database:SeedDemoData"] = "true" });
        app.Start();

        var postcodes = await app.QueryAsync(db => db.Debtors.AsNoTracking().Select(d => d.Postcode).ToListAsync());

        Assert.Equal(300, postcodes.Count);
        Assert.All(postcodes, p => Assert.Equal(p, WebcareHub.Understanding.EntityExtractor.Postcode(p)));
    }

    [Fact]
    public async Task StartupBanner_ShowsSeveralDemoPeople_WithTheirInvoiceStateInWords()
    {
        await using var app = new WebcareAppFactory(settings: new() { ["Database:SeedDemoData"] = "true" });
        app.Start();

        var banner = string.Join("\n", WebcareHub.Web.StartupBanner.DemoCustomers(app.Services));
        var people = await app.QueryAsync(db => db.Debtors.AsNoTracking().Select(d => d.Name).ToListAsync());
        Assert.True(people.Count(banner.Contains) >= 3, banner);
        Assert.Contains("(in collection)", banner);
        Assert.Contains("(partly paid)", banner);
        Assert.DoesNotContain("(InCollection)", banner);
    }
}
