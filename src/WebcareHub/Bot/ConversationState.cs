using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Bot;

/// <summary>The bot's memory of one conversation on one channel, saved once at the end of every turn.</summary>
public sealed class ConversationState
{
    /// <summary>Made by the channel from authenticated facts (see <see cref="WebcareHub.Conversations.ConversationKey"/>).</summary>
    public required string Key { get; init; }
    public string Locale { get; set; } = "nl-NL";
    public string? DialogId { get; set; }
    public string? StepId { get; set; }
    public string ValuesJson { get; set; } = "{}";
    public DateTime UpdatedAt { get; set; }
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> b)
    {
        b.ToTable("ConversationStates");
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(300);
        b.Property(s => s.Locale).HasMaxLength(16);
        b.Property(s => s.DialogId).HasMaxLength(100);
        b.Property(s => s.StepId).HasMaxLength(100);
    }
}
