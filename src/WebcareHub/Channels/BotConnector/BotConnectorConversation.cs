using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// A Bot Framework conversation the bot has seen, with what an authenticated activity told about reaching it:
/// the service URL replies go to (as we built it), the channel's conversation id, and the bot and user accounts.
/// </summary>
public sealed class BotConnectorConversation
{
    public required string Key { get; init; }
    public required string ServiceUrl { get; set; }
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }
    public required string BotId { get; set; }
    public string? BotName { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }
    public DateTime LastSeenAt { get; set; }
    /// <summary>When the retention job removed personal data from its messages; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
}

/// <summary>One message of a Bot Connector conversation (the channels keep no history we could read back).</summary>
public sealed class BotConnectorMessage
{
    public long Id { get; init; }
    public required string ConversationKey { get; init; }
    public required string Role { get; init; }
    public string? Name { get; set; }
    public required string Text { get; set; }
    public DateTime At { get; init; }
}

internal sealed class BotConnectorConversationConfiguration : IEntityTypeConfiguration<BotConnectorConversation>
{
    public void Configure(EntityTypeBuilder<BotConnectorConversation> b)
    {
        b.ToTable("BotConnectorConversations");
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(300);
        b.Property(c => c.ServiceUrl).HasMaxLength(500);
        b.Property(c => c.ChannelId).HasMaxLength(64);
        b.Property(c => c.ConversationId).HasMaxLength(200);
        b.Property(c => c.BotId).HasMaxLength(200);
        b.Property(c => c.BotName).HasMaxLength(200);
        b.Property(c => c.UserId).HasMaxLength(200);
        b.Property(c => c.UserName).HasMaxLength(200);
    }
}

internal sealed class BotConnectorMessageConfiguration : IEntityTypeConfiguration<BotConnectorMessage>
{
    public void Configure(EntityTypeBuilder<BotConnectorMessage> b)
    {
        b.ToTable("BotConnectorMessages");
        b.Property(m => m.ConversationKey).HasMaxLength(300);
        b.Property(m => m.Role).HasMaxLength(16);
        b.Property(m => m.Name).HasMaxLength(200);
        b.HasOne<BotConnectorConversation>().WithMany().HasForeignKey(m => m.ConversationKey).OnDelete(DeleteBehavior.Cascade);
    }
}
