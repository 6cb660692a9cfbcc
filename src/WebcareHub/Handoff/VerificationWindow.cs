using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WebcareHub.Handoff;

/// <summary>
/// The stretch of a chat's transcript in which the bot checked who the customer is for the agent: the
/// customer's lines in it are their proof (invoice number, postcode), which no agent or supervisor ever reads.
/// The lines after <see cref="AfterSequence"/> up to <see cref="UntilSequence"/> (open while the check runs).
/// </summary>
public sealed class VerificationWindow
{
    public int Id { get; init; }
    public int HandoffId { get; init; }
    public long AfterSequence { get; init; }
    public long? UntilSequence { get; set; }

    public bool Covers(long sequence) => sequence > AfterSequence && (UntilSequence is not { } until || sequence <= until);
}

internal sealed class VerificationWindowConfiguration : IEntityTypeConfiguration<VerificationWindow>
{
    public void Configure(EntityTypeBuilder<VerificationWindow> b)
    {
        b.ToTable("VerificationWindows");
        b.HasIndex(w => w.HandoffId);
        b.HasOne<HandoffRequest>().WithMany().HasForeignKey(w => w.HandoffId).OnDelete(DeleteBehavior.Cascade);
    }
}
