using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Invoices;

/// <summary>A client of the agency on whose behalf invoices are collected.</summary>
public sealed class Creditor
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public required string Iban { get; set; }
}

internal sealed class CreditorConfiguration : IEntityTypeConfiguration<Creditor>
{
    public void Configure(EntityTypeBuilder<Creditor> b)
    {
        b.ToTable("Creditors");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Iban).HasMaxLength(34);
        b.HasIndex(c => c.Name).IsUnique();
    }
}
