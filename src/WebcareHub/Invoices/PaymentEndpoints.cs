using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using WebcareHub.Staff;

namespace WebcareHub.Invoices;

/// <summary>Payments in: <c>POST /api/payments</c> for the collection system (API key), <c>POST /api/payments/import</c> (CSV body) for Admins.</summary>
public static class PaymentEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PaymentsIn>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments", ReportPayments);
        app.MapPost("/api/payments/import", ImportPayments).RequireAuthorization(StaffPolicies.ImportPayments);
        return app;
    }

    private static async Task<Results<Ok<PaymentImportResult>, UnauthorizedHttpResult, ValidationProblem>> ReportPayments(
        ReportPaymentsRequest request, HttpRequest http, IOptions<PaymentsOptions> options, PaymentsIn payments, CancellationToken ct)
    {
        if (!KeyMatches(http.Headers[ApiKeyHeader].ToString(), options.Value.ApiKeys)) return TypedResults.Unauthorized();
        var batch = PaymentsIn.Validate([.. request.Payments.Select((p, i) => new IncomingPayment(i + 1, p.Reference ?? "", p.InvoiceNumber ?? "",
            p.AmountCents.ToString(CultureInfo.InvariantCulture), p.ReceivedOn ?? ""))], payments.Today);
        return await ApplyAsync(batch, payments, ct);
    }

    private static async Task<Results<Ok<PaymentImportResult>, ValidationProblem>> ImportPayments(HttpRequest http, PaymentsIn payments, CancellationToken ct)
    {
        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var result = await ApplyAsync(PaymentsIn.ParseCsv(await reader.ReadToEndAsync(ct), payments.Today), payments, ct);
        return result.Result switch
        {
            Ok<PaymentImportResult> ok => ok,
            ValidationProblem problem => problem,
            _ => throw new InvalidOperationException("unexpected result"),
        };
    }

    private static async Task<Results<Ok<PaymentImportResult>, UnauthorizedHttpResult, ValidationProblem>> ApplyAsync(
        PaymentBatch batch, PaymentsIn payments, CancellationToken ct) =>
        batch.Errors.Count > 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["payments"] = [.. batch.Errors] }, title: "The batch was refused whole; nothing was applied")
            : TypedResults.Ok(await payments.ApplyAsync(batch, ct));

    /// <summary>Compares hashes in constant time against every key, so neither the key's length nor its first wrong byte shows in the timing.</summary>
    public static bool KeyMatches(string given, IEnumerable<string> keys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var match = false;
        foreach (var key in keys.Where(k => k.Length > 0))
            match |= CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return match && given.Length > 0;
    }
}

public sealed record ReportPaymentsRequest(List<ReportedPayment> Payments);

public sealed record ReportedPayment(string? Reference, string? InvoiceNumber, long AmountCents, string? ReceivedOn);
