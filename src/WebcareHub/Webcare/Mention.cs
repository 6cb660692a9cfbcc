using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Webcare;

public enum MentionRisk
{
    Low,
    Medium,
    High,
}

public enum MentionSentiment
{
    Negative,
    Neutral,
    Positive,
}

public enum MentionStatus
{
    /// <summary>Waiting for a person; the bot never answers a public mention.</summary>
    Open,
    /// <summary>A reply is drafted and waits for a second person's approval.</summary>
    AwaitingApproval,
    /// <summary>Approved by a second person; the outbox publishes it.</summary>
    Approved,
    Published,
    /// <summary>Closed without a public reply.</summary>
    Closed,
}

/// <summary>One public social-media message about the company, with what the classifier read in it.</summary>
public sealed class Mention
{
    public int Id { get; init; }
    /// <summary>facebook, instagram, x, linkedin, …</summary>
    public required string Platform { get; init; }
    /// <summary>The platform's id of the message (comment id, tweet id); with the platform, unique.</summary>
    public required string ExternalId { get; init; }
    /// <summary>The message this one answers on the platform (post of a comment, tweet replied to), for the thread.</summary>
    public string? ParentExternalId { get; init; }
    public required string Author { get; set; }
    public int? AuthorFollowers { get; init; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ReceivedAt { get; init; }

    public MentionRisk Risk { get; set; }
    /// <summary>Readable reasons for the risk, one per line.</summary>
    public string RiskReasons { get; set; } = "";
    /// <summary>Kinds of personal data found, comma separated ("iban,phone"); empty when none.</summary>
    public string PiiKinds { get; set; } = "";
    public MentionSentiment Sentiment { get; set; }
    /// <summary>A possible crisis or self-harm signal: always high, first in the queue, 113 guidance for staff.</summary>
    public bool Crisis { get; set; }
    public MentionStatus Status { get; set; }
    public DateTime DueAt { get; set; }
    /// <summary>When the overdue high-risk mention was pushed to Supervisors; null while not escalated.</summary>
    public DateTime? EscalatedAt { get; set; }

    /// <summary>SHA-256 (hex) of the one-time private chat link's token; the token itself is never stored.</summary>
    public string? ChatLinkHash { get; set; }
    public DateTime? ChatLinkExpiresAt { get; set; }
    /// <summary>The website conversation the author opened with the link (the private follow-up).</summary>
    public string? ChatConversationKey { get; set; }
    public DateTime? ChatStartedAt { get; set; }
    /// <summary>When the retention job removed the author and personal data from a handled mention; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }

    public IReadOnlyList<string> ReasonList => RiskReasons.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> PiiKindList => PiiKinds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> b)
    {
        b.ToTable("Mentions");
        b.Property(m => m.Platform).HasMaxLength(20);
        b.Property(m => m.ExternalId).HasMaxLength(200);
        b.Property(m => m.ParentExternalId).HasMaxLength(200);
        b.Property(m => m.Author).HasMaxLength(200);
        b.Property(m => m.Text).HasMaxLength(10000);
        b.Property(m => m.Risk).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.RiskReasons).HasMaxLength(4000);
        b.Property(m => m.PiiKinds).HasMaxLength(200);
        b.Property(m => m.Sentiment).HasConversion<string>().HasMaxLength(10);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.ChatLinkHash).HasMaxLength(64);
        b.Property(m => m.ChatConversationKey).HasMaxLength(300);
        b.Ignore(m => m.ReasonList);
        b.Ignore(m => m.PiiKindList);
        // A delivery the platform sends again is stored once: the database holds the rule, so two at once cannot both insert.
        b.HasIndex(m => new { m.Platform, m.ExternalId }).IsUnique();
        b.HasIndex(m => new { m.Status, m.DueAt });
        b.HasIndex(m => new { m.Platform, m.Author });
        b.HasIndex(m => m.ChatLinkHash);
    }
}
