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
    public int Id { get; init; }
    public required string ConversationKey { get; init; }
    public required string Reason { get; init; }
    public HandoffUrgency Urgency { get; init; }
    public HandoffStatus Status { get; set; }
    public int? DebtorId { get; init; }
    public string? InvoiceNumber { get; init; }
    public bool Distress { get; init; }
    public required string Language { get; init; }
    /// <summary>The customer's own words where they matter (a dispute's reason, a preferred call-back time).</summary>
    public string? Details { get; set; }
    public DateTime RequestedAt { get; init; }
    /// <summary>The staff user who claimed it (Identity user id); null while waiting.</summary>
    public string? AgentId { get; set; }
    public DateTime? ClaimedAt { get; set; }
    /// <summary>How the agent closed it ("promise", "arrangement", "answered", …).</summary>
    public string? Outcome { get; set; }
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
        b.Property(h => h.Details).HasMaxLength(2000);
        b.Property(h => h.AgentId).HasMaxLength(450);
        b.Property(h => h.Outcome).HasMaxLength(40);
        b.HasIndex(h => new { h.Status, h.Urgency });
        b.HasIndex(h => h.ConversationKey);
    }
}
