using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Seed the demo creditors, debtors and invoices when the database has none.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>Random seed of the demo data, so every fresh database holds the same people and invoices.</summary>
    [Range(1, int.MaxValue)] public int DemoSeed { get; init; } = 20261124;
}
