using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Webcare;

/// <summary>
/// A public reply to a mention: drafted by one person, approved by a second, then published once by the outbox.
/// The idempotency key goes with every attempt, so a retry after a lost answer is recognisable as the same reply.
/// </summary>
public sealed class MentionReply
{
    public int Id { get; init; }
    public int MentionId { get; init; }
    public required string Text { get; set; }
    public required string DraftedById { get; init; }
    public required string DraftedByName { get; init; }
    public DateTime DraftedAt { get; init; }
    public string? ApprovedById { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public required string IdempotencyKey { get; init; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>The platform's id of the published reply.</summary>
    public string? ExternalReplyId { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class MentionReplyConfiguration : IEntityTypeConfiguration<MentionReply>
{
    public void Configure(EntityTypeBuilder<MentionReply> b)
    {
        b.ToTable("MentionReplies");
        b.Property(r => r.Text).HasMaxLength(2000);
        b.Property(r => r.DraftedById).HasMaxLength(450);
        b.Property(r => r.DraftedByName).HasMaxLength(200);
        b.Property(r => r.ApprovedById).HasMaxLength(450);
        b.Property(r => r.ApprovedByName).HasMaxLength(200);
        b.Property(r => r.IdempotencyKey).HasMaxLength(64);
        b.Property(r => r.ExternalReplyId).HasMaxLength(200);
        b.Property(r => r.LastError).HasMaxLength(1000);
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => r.MentionId);
        b.HasOne<Mention>().WithMany().HasForeignKey(r => r.MentionId).OnDelete(DeleteBehavior.Cascade);
    }
}
