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

    /// <summary>
    /// Whether a customer's line inside a window is proof to hide: a short line with a number in it (an invoice or
    /// customer number, a postcode, a birth date). Anything else the customer writes meanwhile ("ik zie het niet meer
    /// zitten", a question for the agent) is no proof, and the agent reads it.
    /// </summary>
    public static bool IsProof(string text) =>
        text.Any(char.IsDigit) && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxProofWords;

    private const int MaxProofWords = 8;

    /// <summary>Whether this line, by this customer, is hidden from staff by any of the windows.</summary>
    public static bool Hides(IEnumerable<VerificationWindow> windows, long sequence, string role, string text) =>
        role == "user" && IsProof(text) && windows.Any(w => w.Covers(sequence));
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
