using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Channels.DirectLine;

/// <summary>A file a customer uploaded into a conversation, served at an unguessable URL.</summary>
public sealed class UploadedFile
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public required string ContentType { get; init; }
    public required string Name { get; init; }
    public required byte[] Content { get; init; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class UploadedFileConfiguration : IEntityTypeConfiguration<UploadedFile>
{
    public void Configure(EntityTypeBuilder<UploadedFile> b)
    {
        b.ToTable("UploadedFiles");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).HasMaxLength(64);
        b.Property(f => f.ConversationId).HasMaxLength(64);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Name).HasMaxLength(260);
        b.HasIndex(f => f.ConversationId);
        b.HasOne<Conversation>().WithMany().HasForeignKey(f => f.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
