using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Handoff;

/// <summary>An internal note on a chat: for colleagues only, never shown to the customer.</summary>
public sealed class HandoffNote
{
    public int Id { get; init; }
    public int HandoffId { get; init; }
    public required string AgentName { get; init; }
    public required string Text { get; set; }
    public DateTime WrittenAt { get; init; }
}

internal sealed class HandoffNoteConfiguration : IEntityTypeConfiguration<HandoffNote>
{
    public void Configure(EntityTypeBuilder<HandoffNote> b)
    {
        b.ToTable("HandoffNotes");
        b.Property(n => n.AgentName).HasMaxLength(200);
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasIndex(n => n.HandoffId);
        b.HasOne<HandoffRequest>().WithMany().HasForeignKey(n => n.HandoffId).OnDelete(DeleteBehavior.Cascade);
    }
}
