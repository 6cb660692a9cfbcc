using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Staff;

public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Failed sign-ins before an account is locked.</summary>
    [Range(1, 20)] public int MaxFailedSignIns { get; init; } = 5;

    [Range(1, 1440)] public int LockoutMinutes { get; init; } = 15;

    /// <summary>Create the demo staff accounts (one per role) on an empty database; Development only.</summary>
    public bool SeedDemoUsers { get; init; }

    /// <summary>Password of the demo accounts; set it in user-secrets or appsettings.Development.json.</summary>
    public string DemoPassword { get; init; } = "";
}
