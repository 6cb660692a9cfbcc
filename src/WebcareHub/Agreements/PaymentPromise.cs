using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebcareHub.Invoices;

namespace WebcareHub.Agreements;

public enum PromiseStatus
{
    Open,
    Kept,
    Broken,
    Cancelled,
    /// <summary>Part of the amount arrived by the check day: neither kept nor broken; an agent follows it up.</summary>
    PartlyPaid,
}

/// <summary>A customer's promise to pay an invoice's open amount by a day (betaalbelofte).</summary>
public sealed class PaymentPromise
{
    public int Id { get; init; }
    public int InvoiceId { get; init; }
    public Invoice? Invoice { get; init; }
    public int DebtorId { get; init; }
    public long AmountCents { get; init; }
    public DateOnly PromisedOn { get; init; }
    public PromiseStatus Status { get; set; }
    public DateTime CreatedAt { get; init; }
    /// <summary>Who recorded it: a conversation key for the bot, an agent id for the console.</summary>
    public required string RecordedBy { get; init; }
    /// <summary>Set when the written summary went out; null means it is still to be sent (follow-up jobs).</summary>
    public DateTime? SummarySentAt { get; set; }
}

internal sealed class PaymentPromiseConfiguration : IEntityTypeConfiguration<PaymentPromise>
{
    public void Configure(EntityTypeBuilder<PaymentPromise> b)
    {
        b.ToTable("PaymentPromises");
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.RecordedBy).HasMaxLength(300);
        b.HasIndex(p => new { p.InvoiceId, p.Status });
        // One open promise per invoice, held by the database so that two chats saying "ja" at once cannot both record one.
        b.HasIndex(p => p.InvoiceId).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_PaymentPromises_InvoiceId_Open");
        b.HasIndex(p => p.DebtorId);
        b.HasOne(p => p.Invoice).WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
