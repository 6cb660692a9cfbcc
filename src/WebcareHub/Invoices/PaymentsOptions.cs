namespace WebcareHub.Invoices;

/// <summary>Who may report payments over HTTP: the collection system, with one of these keys.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>Keys accepted in the <c>X-Api-Key</c> header of <c>POST /api/payments</c> (several for rotation); none = the route refuses everyone.</summary>
    public string[] ApiKeys { get; init; } = [];
}
