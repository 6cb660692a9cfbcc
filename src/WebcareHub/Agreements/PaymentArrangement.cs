using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebcareHub.Invoices;

namespace WebcareHub.Agreements;

public enum ArrangementStatus
{
    Active,
    Completed,
    Broken,
    Cancelled,
}

/// <summary>
/// Paying an invoice's open amount in monthly instalments (betalingsregeling). Every instalment is
/// <see cref="InstalmentCents"/> except the last, which pays what is left.
/// </summary>
public sealed class PaymentArrangement
{
    public int Id { get; init; }
    public int InvoiceId { get; init; }
    public Invoice? Invoice { get; init; }
    public int DebtorId { get; init; }
    public long TotalCents { get; init; }
    public long InstalmentCents { get; init; }
    public int InstalmentCount { get; init; }
    public DateOnly FirstDueOn { get; init; }
    public ArrangementStatus Status { get; set; }
    public DateTime CreatedAt { get; init; }
    public required string RecordedBy { get; init; }
    /// <summary>Set when the written confirmation went out; null means still to be sent (follow-up jobs).</summary>
    public DateTime? SummarySentAt { get; set; }
}

internal sealed class PaymentArrangementConfiguration : IEntityTypeConfiguration<PaymentArrangement>
{
    public void Configure(EntityTypeBuilder<PaymentArrangement> b)
    {
        b.ToTable("PaymentArrangements");
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.RecordedBy).HasMaxLength(300);
        b.HasIndex(a => new { a.InvoiceId, a.Status });
        // One active arrangement per invoice, held by the database (see PaymentPromise).
        b.HasIndex(a => a.InvoiceId).IsUnique().HasFilter("\"Status\" = 'Active'").HasDatabaseName("IX_PaymentArrangements_InvoiceId_Active");
        b.HasOne(a => a.Invoice).WithMany().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
