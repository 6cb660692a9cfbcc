using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Channels.DirectLine;

/// <summary>A Direct Line conversation: reserved when a token is issued, started by the first POST /conversations.</summary>
public sealed class Conversation
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; set; }
    public string Locale { get; set; } = "nl-NL";
    public DateTime CreatedAt { get; init; }
    public DateTime? StartedAt { get; set; }
    /// <summary>Sequence number of the last stored activity (0 when none).</summary>
    public long LastSequence { get; set; }
    public DateTime LastTimestamp { get; set; }
    /// <summary>When the retention job removed personal data from its history; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
    /// <summary>A hash of where the conversation was opened from (see <see cref="DirectLineRateLimits.Source"/>).</summary>
    public string? Source { get; init; }
}

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.ToTable("Conversations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasMaxLength(64);
        b.Property(c => c.UserId).HasMaxLength(64);
        b.Property(c => c.UserName).HasMaxLength(200);
        b.Property(c => c.Locale).HasMaxLength(16);
        b.Property(c => c.LastSequence).IsConcurrencyToken();
        b.Property(c => c.Source).HasMaxLength(100);
    }
}
