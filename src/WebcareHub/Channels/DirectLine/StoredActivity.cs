using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Channels.DirectLine;

/// <summary>One activity of a conversation's history, numbered without gaps; the watermark is the sequence.</summary>
public sealed class StoredActivity
{
    public required string ConversationId { get; init; }
    public long Sequence { get; init; }
    public required string Type { get; init; }
    public string? ClientActivityId { get; init; }
    public DateTime Timestamp { get; init; }
    public required string Json { get; set; }
}

internal sealed class StoredActivityConfiguration : IEntityTypeConfiguration<StoredActivity>
{
    public void Configure(EntityTypeBuilder<StoredActivity> b)
    {
        b.ToTable("ConversationActivities");
        b.HasKey(a => new { a.ConversationId, a.Sequence });
        b.Property(a => a.ConversationId).HasMaxLength(64);
        b.Property(a => a.Type).HasMaxLength(32);
        b.Property(a => a.ClientActivityId).HasMaxLength(200);
        b.HasIndex(a => new { a.ConversationId, a.ClientActivityId }).IsUnique();
        b.HasOne<Conversation>().WithMany().HasForeignKey(a => a.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
