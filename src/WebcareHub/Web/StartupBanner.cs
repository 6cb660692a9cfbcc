using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using WebcareHub.Data;
using WebcareHub.Invoices;

namespace WebcareHub.Web;

/// <summary>
/// Prints where to go once Kestrel listens, and in Development a few demo customers to try the chat with, so a
/// developer needs nothing but the console.
/// </summary>
public static class StartupBanner
{
    public static void PrintWhereToGo(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { "", "WebcareHub is running." };
        foreach (var address in addresses)
        {
            lines.Add($"  Website with chat widget:  {address}/   (English: {address}/?lang=en)");
            lines.Add($"  Health:                    {address}/health");
            lines.Add($"  Staff sign-in:             {address}/login/");
            lines.Add($"  Direct Line 3.0 channel:   {address}/v3/directline");
            lines.Add($"  Bot Framework endpoint:    {address}/api/messages   (Emulator: leave App ID and password empty)");
        }
        if (app.Environment.IsDevelopment())
        {
            lines.Add("  Direct Line secret (development only): DirectLine:Secrets in appsettings.Development.json");
            lines.AddRange(DemoStaff(app.Services));
            lines.AddRange(DemoCustomers(app.Services));
        }
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    });

    private static IEnumerable<string> DemoStaff(IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Staff.StaffOptions>>().Value;
        if (!options.SeedDemoUsers) yield break;
        yield return $"  Demo staff (password {options.DemoPassword}):";
        foreach (var (email, name, role) in Staff.StaffAccounts.DemoUsers) yield return $"    {role,-11} {email}  ({name})";
    }

    /// <summary>Demo people to verify with in the chat: one invoice in each state, each of another person.</summary>
    public static IEnumerable<string> DemoCustomers(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WebcareDbContext>();
        var candidates = db.Invoices.AsNoTracking()
            .OrderBy(i => i.Id)
            .Take(300)
            .Select(i => new DemoCustomer(i.Number, i.Status, i.DebtorId, i.Debtor!.Name, i.Debtor.Postcode, i.Debtor.CustomerNumber, i.Debtor.DateOfBirth))
            .ToList();
        var samples = new List<DemoCustomer>();
        foreach (var status in Enum.GetValues<InvoiceStatus>())
            if (candidates.FirstOrDefault(c => c.Status == status && samples.All(s => s.DebtorId != c.DebtorId)) is { } pick) samples.Add(pick);
        if (samples.Count == 0) yield break;
        yield return "  Demo customers (fictitious) to verify with in the chat:";
        foreach (var s in samples)
            yield return $"    {s.Name,-24} invoice {s.Number} + postcode {s.Postcode}   or customer {s.CustomerNumber} + born {s.DateOfBirth:dd-MM-yyyy}   ({InvoiceFacts.StatusKey(s.Status).Replace('-', ' ')})";
    }

    private sealed record DemoCustomer(string Number, InvoiceStatus Status, int DebtorId, string Name, string Postcode, string CustomerNumber, DateOnly DateOfBirth);
}
