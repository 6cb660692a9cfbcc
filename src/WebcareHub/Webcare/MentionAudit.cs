using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Webcare;

/// <summary>One line of a mention's history: who did what, when (received, drafted, approved, published, escalated…).</summary>
public sealed class MentionAudit
{
    public int Id { get; init; }
    public int MentionId { get; init; }
    public required string Action { get; init; }
    /// <summary>Staff user id, or "system" for the app itself (intake, outbox, escalation).</summary>
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public DateTime At { get; init; }
    public string? Details { get; set; }
}

internal sealed class MentionAuditConfiguration : IEntityTypeConfiguration<MentionAudit>
{
    public void Configure(EntityTypeBuilder<MentionAudit> b)
    {
        b.ToTable("MentionAudits");
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.ActorId).HasMaxLength(450);
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.Details).HasMaxLength(2000);
        b.HasIndex(a => a.MentionId);
        b.HasOne<Mention>().WithMany().HasForeignKey(a => a.MentionId).OnDelete(DeleteBehavior.Cascade);
    }
}
