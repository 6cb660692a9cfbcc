using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Webcare;

public sealed class WebcareOptions
{
    public const string Section = "Webcare";

    public MetaOptions Meta { get; init; } = new();
    public XOptions X { get; init; } = new();
    public GenericSourceOptions Generic { get; init; } = new();

    /// <summary>Largest webhook body accepted (413 above).</summary>
    [Range(1024, 10_485_760)] public int MaxBodyBytes { get; init; } = 262_144;

    /// <summary>Minutes from arrival until a high-risk mention is due (answered or escalated).</summary>
    [Range(1, 10_080)] public int HighRiskDueMinutes { get; init; } = 60;

    [Range(1, 10_080)] public int MediumRiskDueMinutes { get; init; } = 240;

    [Range(1, 10_080)] public int LowRiskDueMinutes { get; init; } = 1440;

    /// <summary>Author followers from which a mention is high risk by reach alone.</summary>
    [Range(1, int.MaxValue)] public int HighReachFollowers { get; init; } = 10_000;

    /// <summary>Author followers from which a mention is at least medium risk.</summary>
    [Range(1, int.MaxValue)] public int MediumReachFollowers { get; init; } = 1_000;

    /// <summary>The same author again within this many hours raises low to medium.</summary>
    [Range(1, 720)] public int RepeatAuthorHours { get; init; } = 24;

    /// <summary>This many negative mentions naming the same creditor within <see cref="BurstWindowHours"/> raise low to medium.</summary>
    [Range(2, 1000)] public int BurstComplaints { get; init; } = 3;

    [Range(1, 720)] public int BurstWindowHours { get; init; } = 24;

    /// <summary>Creditors (the company's clients) whose names are counted for a burst of complaints.</summary>
    public string[] Creditors { get; init; } = [];

    /// <summary>Retry delay of the outbox after a failed publish, doubled per attempt.</summary>
    [Range(1, 3600)] public int RetrySeconds { get; init; } = 30;

    /// <summary>How long a one-time private chat link can be opened.</summary>
    [Range(1, 10_080)] public int ChatLinkValidMinutes { get; init; } = 2880;
}
