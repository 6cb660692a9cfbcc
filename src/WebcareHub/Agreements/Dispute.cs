using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebcareHub.Invoices;

namespace WebcareHub.Agreements;

public enum DisputeStatus
{
    /// <summary>Collection of the invoice is paused while the creditor checks the claim.</summary>
    Open,
    Resolved,
}

/// <summary>
/// A verified customer says their invoice is wrong (betwisting). While it is open the invoice gets answers,
/// not payment prompts: no promise, no arrangement, no payment instructions.
/// </summary>
public sealed class Dispute
{
    public const int MaxReasonLength = 2000;

    public int Id { get; init; }
    public int InvoiceId { get; init; }
    public Invoice? Invoice { get; init; }
    public int DebtorId { get; init; }
    /// <summary>The customer's own words.</summary>
    public string? Reason { get; set; }
    public DisputeStatus Status { get; set; }
    public DateTime RaisedAt { get; init; }
    /// <summary>A conversation key for the bot, "agent:" and an id for the console.</summary>
    public required string RecordedBy { get; init; }
    /// <summary>When the retention job removed personal data from the reason; null until then.</summary>
    public DateTime? AnonymisedAt { get; set; }
}

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> b)
    {
        b.ToTable("Disputes");
        b.Property(d => d.Reason).HasMaxLength(Dispute.MaxReasonLength);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.RecordedBy).HasMaxLength(300);
        // One open dispute per invoice, held by the database so that two chats cannot both record one.
        b.HasIndex(d => d.InvoiceId).IsUnique().HasFilter("\"Status\" = 'Open'");
        b.HasOne(d => d.Invoice).WithMany().HasForeignKey(d => d.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
