using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Agreements;

/// <summary>Promise and arrangement policy: a default, and overrides per creditor (by creditor name).</summary>
public sealed class AgreementOptions
{
    public const string Section = "Agreements";

    [Required] public AgreementPolicy Default { get; init; } = new();

    /// <summary>Creditor name → its own policy (whole policy, not merged).</summary>
    public Dictionary<string, AgreementPolicy> Creditors { get; init; } = [];

    public AgreementPolicy For(string creditorName) => Creditors.GetValueOrDefault(creditorName) ?? Default;
}

public sealed class AgreementPolicy
{
    /// <summary>A promised day may lie at most this many days ahead.</summary>
    [Range(1, 365)] public int PromiseMaxDaysAhead { get; init; } = 30;

    /// <summary>After one broken promise the bot offers only this shorter term.</summary>
    [Range(1, 365)] public int PromiseMaxDaysAheadAfterBroken { get; init; } = 7;

    /// <summary>Business days after the promised day before a missing payment counts as a broken promise.</summary>
    [Range(0, 14)] public int PromiseGraceBusinessDays { get; init; } = 1;

    /// <summary>Smallest instalment of an arrangement, in cents.</summary>
    [Range(100, 1_000_000)] public long MinimumInstalmentCents { get; init; } = 25_00;

    /// <summary>Longest arrangement, in months.</summary>
    [Range(1, 60)] public int MaxArrangementMonths { get; init; } = 12;
}
