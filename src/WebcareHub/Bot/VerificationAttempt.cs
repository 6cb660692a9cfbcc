using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Bot;

/// <summary>A failed identity check on an invoice number, kept to limit guessing across conversations.</summary>
public sealed class VerificationAttempt
{
    public long Id { get; init; }
    public required string InvoiceNumber { get; init; }
    public required string ConversationKey { get; init; }
    public DateTime FailedAt { get; init; }
    /// <summary>Where the conversation was opened from (a hash), when known: failures are limited per source too.</summary>
    public string? Source { get; init; }
}

internal sealed class VerificationAttemptConfiguration : IEntityTypeConfiguration<VerificationAttempt>
{
    public void Configure(EntityTypeBuilder<VerificationAttempt> b)
    {
        b.ToTable("VerificationAttempts");
        b.Property(a => a.InvoiceNumber).HasMaxLength(20);
        b.Property(a => a.ConversationKey).HasMaxLength(300);
        b.HasIndex(a => new { a.InvoiceNumber, a.FailedAt });
        b.Property(a => a.Source).HasMaxLength(100);
        b.HasIndex(a => new { a.Source, a.FailedAt });
    }
}
