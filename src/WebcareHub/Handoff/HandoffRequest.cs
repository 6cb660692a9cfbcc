using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Handoff;

public enum HandoffUrgency
{
    Normal,
    High,
    /// <summary>A possible suicide signal: before everything else.</summary>
    Top,
}

public enum HandoffStatus
{
    Waiting,
    /// <summary>Outside opening hours: the customer asked to be called back.</summary>
    CallbackRequested,
    WithAgent,
    Resolved,
    BackToBot,
}

/// <summary>
/// The bot's request for a person, with what the agent needs: why, how urgent, who (if verified), which
/// invoice, any promise, how the customer feels and in which language. The agent console works from these.
/// </summary>
public sealed class HandoffRequest
{
    public const int MaxDetailsLength = 2000;

    public int Id { get; init; }
    public required string ConversationKey { get; init; }
    public required string Reason { get; set; }
    public HandoffUrgency Urgency { get; set; }
    public HandoffStatus Status { get; set; }
    /// <summary>The verified customer and their invoice; null when the customer did not prove who they are.</summary>
    public int? DebtorId { get; set; }
    public string? InvoiceNumber { get; set; }
    public bool Distress { get; set; }
    public required string Language { get; init; }
    /// <summary>The customer's own words where they matter (a dispute's reason, a preferred call-back time).</summary>
    public string? Details { get; set; }
    public DateTime RequestedAt { get; init; }
    /// <summary>The staff user who holds it (Identity user id); null while waiting.</summary>
    public string? AgentId { get; set; }
    /// <summary>When the current agent got it (claimed, or transferred to them).</summary>
    public DateTime? ClaimedAt { get; set; }
    /// <summary>How the agent closed it ("promise", "arrangement", "answered", …).</summary>
    public string? Outcome { get; set; }
    /// <summary>The place in the queue the customer was last told, so they hear it again only when it changes.</summary>
    public int? ToldPlace { get; set; }

    /// <summary>The feelings the bot noticed, as kind names in acknowledgement order ("fear,anger"), for the agent.</summary>
    public string? DistressKinds { get; set; }

    /// <summary>When the retention job removed personal data from the details and notes; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
}

internal sealed class HandoffRequestConfiguration : IEntityTypeConfiguration<HandoffRequest>
{
    public void Configure(EntityTypeBuilder<HandoffRequest> b)
    {
        b.ToTable("HandoffRequests");
        b.Property(h => h.ConversationKey).HasMaxLength(300);
        b.Property(h => h.Reason).HasMaxLength(40);
        b.Property(h => h.Urgency).HasConversion<string>().HasMaxLength(10);
        b.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.InvoiceNumber).HasMaxLength(20);
        b.Property(h => h.Language).HasMaxLength(5);
        b.Property(h => h.Details).HasMaxLength(HandoffRequest.MaxDetailsLength);
        b.Property(h => h.AgentId).HasMaxLength(450);
        b.Property(h => h.Outcome).HasMaxLength(40);
        b.HasIndex(h => new { h.Status, h.Urgency });
        b.HasIndex(h => h.ConversationKey, "IX_HandoffRequests_ConversationKey");
        // One open hand-off per conversation, held by the database so that two turns cannot both file one.
        b.HasIndex(h => h.ConversationKey, "IX_HandoffRequests_ConversationKey_Open").IsUnique()
            .HasFilter("\"Status\" IN ('Waiting', 'WithAgent')");
    }
}
