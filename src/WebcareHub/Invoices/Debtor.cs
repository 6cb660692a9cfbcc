using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Invoices;

/// <summary>A customer of a creditor who owes one or more invoices.</summary>
public sealed class Debtor
{
    public int Id { get; init; }
    public required string CustomerNumber { get; init; }
    public required string Name { get; set; }
    public required string Street { get; set; }
    public required string Postcode { get; set; }
    public required string City { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Email { get; set; }
    public required string Phone { get; set; }
}

internal sealed class DebtorConfiguration : IEntityTypeConfiguration<Debtor>
{
    public void Configure(EntityTypeBuilder<Debtor> b)
    {
        b.ToTable("Debtors");
        b.Property(d => d.CustomerNumber).HasMaxLength(20);
        b.HasIndex(d => d.CustomerNumber).IsUnique();
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Street).HasMaxLength(200);
        b.Property(d => d.Postcode).HasMaxLength(7);
        b.Property(d => d.City).HasMaxLength(100);
        b.Property(d => d.Email).HasMaxLength(200);
        b.Property(d => d.Phone).HasMaxLength(20);
    }
}
