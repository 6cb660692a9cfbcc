namespace WebcareHub.Invoices;

/// <summary>
/// <c>dotnet run --project src/WebcareHub -- payments import payments.csv</c>: applies a CSV of payments
/// (<see cref="PaymentsIn.CsvHeader"/>) to the configured database and exits without starting the web server: 0 when
/// every line counted, 1 when the file was refused, 3 with unknown invoices, 4 with payments dated after today.
/// </summary>
public static class PaymentsCommand
{
    public const string Usage = "usage: payments import <file.csv>   (header: " + PaymentsIn.CsvHeader + ")";

    public static async Task<int?> TryRunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] != "payments") return null;
        if (args is not [_, "import", var file])
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<PaymentsIn>();
        var batch = PaymentsIn.ParseCsv(await File.ReadAllTextAsync(file), payments.Today);
        if (batch.Errors.Count > 0)
        {
            await output.WriteLineAsync("The file was refused whole; nothing was applied:");
            foreach (var error in batch.Errors) await output.WriteLineAsync("  " + error);
            return 1;
        }
        var result = await payments.ApplyAsync(batch, CancellationToken.None);
        await output.WriteLineAsync($"{result.Added} payment(s) added, {result.Duplicates} already known, {result.UnknownInvoices.Count} for unknown invoices, {result.Overpaid.Count} paid more than owed, {result.NotYetReceived.Count} dated after today (not applied yet)");
        foreach (var line in result.UnknownInvoices.Concat(result.Overpaid).Concat(result.NotYetReceived)) await output.WriteLineAsync("  " + line);
        // Not applied lines must not pass unnoticed (an export that sends each payment once would lose them): 3 for
        // unknown invoices, 4 for payments dated after today that must be sent again from their day.
        return result.UnknownInvoices.Count > 0 ? 3 : result.NotYetReceived.Count > 0 ? 4 : 0;
    }
}
