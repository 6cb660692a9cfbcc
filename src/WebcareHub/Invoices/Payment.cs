using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Invoices;

/// <summary>A payment received on an invoice, as reported by the collection system.</summary>
public sealed class Payment
{
    public int Id { get; init; }
    public int InvoiceId { get; init; }
    public long AmountCents { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public required string Reference { get; init; }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.Property(p => p.Reference).HasMaxLength(100);
        b.HasIndex(p => p.InvoiceId);
        b.HasIndex(p => p.Reference).IsUnique();
        b.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
