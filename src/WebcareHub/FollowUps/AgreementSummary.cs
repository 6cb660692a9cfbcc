using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebcareHub.Agreements;

namespace WebcareHub.FollowUps;

public enum SummaryKind
{
    /// <summary>The agreement in writing, right after it was made.</summary>
    Summary,
    /// <summary>Thanks for a promise kept.</summary>
    ThankYou,
}

public enum SummaryState
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// An e-mail about one promise or arrangement (its written summary, or thanks for a kept promise), queued in the same transaction that records it and sent
/// by the sweep inside the contact window. The row is the truth: sent means sent, whatever the job store says.
/// </summary>
public sealed class AgreementSummary
{
    public int Id { get; init; }
    public SummaryKind Kind { get; init; }
    public int? PaymentPromiseId { get; init; }
    public PaymentPromise? PaymentPromise { get; set; }
    public int? PaymentArrangementId { get; init; }
    public PaymentArrangement? PaymentArrangement { get; set; }
    public required string Email { get; init; }
    /// <summary>"nl" or "en": the language of the chat the agreement was made in.</summary>
    public required string Language { get; init; }
    public SummaryState State { get; set; }
    public int Attempts { get; set; }
    public DateTime QueuedAt { get; init; }
    public DateTime? SentAt { get; set; }
    /// <summary>A sender holds the row until then, so two sweeps at once never both send it.</summary>
    public DateTime? ClaimedUntil { get; set; }
    public string? LastError { get; set; }

    public const int MaxErrorLength = 500;
}

internal sealed class AgreementSummaryConfiguration : IEntityTypeConfiguration<AgreementSummary>
{
    public void Configure(EntityTypeBuilder<AgreementSummary> b)
    {
        b.ToTable("AgreementSummaries");
        b.Property(s => s.Email).HasMaxLength(200);
        b.Property(s => s.Language).HasMaxLength(2);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.LastError).HasMaxLength(AgreementSummary.MaxErrorLength);
        b.HasIndex(s => s.State);
        // One e-mail of each kind per agreement, held by the database: a sweep run twice queues nothing twice.
        b.HasIndex(s => new { s.PaymentPromiseId, s.Kind }).IsUnique();
        b.HasIndex(s => new { s.PaymentArrangementId, s.Kind }).IsUnique();
        b.HasOne(s => s.PaymentPromise).WithMany().HasForeignKey(s => s.PaymentPromiseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.PaymentArrangement).WithMany().HasForeignKey(s => s.PaymentArrangementId).OnDelete(DeleteBehavior.Cascade);
    }
}
