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

    /// <summary>
    /// How often a session is checked against its account: after a sign-out, a new password or other roles,
    /// other cookies and open consoles of the account stop working within this time (0 = on every request).
    /// </summary>
    [Range(0, 3600)] public int SessionCheckSeconds { get; init; } = 30;

    /// <summary>Other origins whose pages may open the staff hubs (<c>/hubs/...</c>); the app's own origin is always allowed.</summary>
    public string[] AllowedOrigins { get; init; } = [];
}
