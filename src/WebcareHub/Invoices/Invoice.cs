using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Invoices;

/// <summary>
/// An invoice under collection. Principal, collection costs and interest are kept apart (WIK); money is in
/// cents. Collection costs are only non-zero once the free 14-day reminder term has passed.
/// </summary>
public sealed class Invoice
{
    public int Id { get; init; }
    public required string Number { get; init; }
    public int CreditorId { get; init; }
    public Creditor? Creditor { get; init; }
    public int DebtorId { get; init; }
    public Debtor? Debtor { get; init; }
    public required string Description { get; set; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly DueOn { get; set; }
    /// <summary>Day the free 14-day reminder was received; costs may be charged 14 days after the day after it.</summary>
    public DateOnly? ReminderReceivedOn { get; set; }
    public long PrincipalCents { get; init; }
    public long CollectionCostsCents { get; set; }
    public long InterestCents { get; set; }
    public long PaidCents { get; set; }
    public InvoiceStatus Status { get; set; }

    /// <summary>Still to pay: principal + costs + interest − paid, computed by the database so queries can use it.</summary>
    public long OpenCents { get; private set; }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("Invoices");
        b.Property(i => i.Number).HasMaxLength(20);
        b.HasIndex(i => i.Number).IsUnique();
        b.Property(i => i.Description).HasMaxLength(300);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(i => i.DebtorId);
        b.HasIndex(i => i.CreditorId);
        b.HasOne(i => i.Creditor).WithMany().HasForeignKey(i => i.CreditorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Debtor).WithMany().HasForeignKey(i => i.DebtorId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.OpenCents)
            .HasComputedColumnSql("\"PrincipalCents\" + \"CollectionCostsCents\" + \"InterestCents\" - \"PaidCents\"", stored: false);
    }
}
