using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Channels.DirectLine;

/// <summary>A conversation token, stored only as its SHA-256 hash; bound to one conversation and one user.</summary>
public sealed class DirectLineToken
{
    public required string Hash { get; init; }
    public required string ConversationId { get; init; }
    public required string UserId { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
}

internal sealed class DirectLineTokenConfiguration : IEntityTypeConfiguration<DirectLineToken>
{
    public void Configure(EntityTypeBuilder<DirectLineToken> b)
    {
        b.ToTable("DirectLineTokens");
        b.HasKey(t => t.Hash);
        b.Property(t => t.Hash).HasMaxLength(64);
        b.Property(t => t.ConversationId).HasMaxLength(64);
        b.Property(t => t.UserId).HasMaxLength(64);
        b.HasIndex(t => t.ConversationId);
        b.HasOne<Conversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
