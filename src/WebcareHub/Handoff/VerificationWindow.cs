using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Handoff;

/// <summary>
/// The stretch of a chat's transcript in which the bot checked who the customer is for the agent: the
/// customer's lines in it are their proof (invoice number, postcode), which no agent or supervisor ever reads.
/// The lines after <see cref="AfterSequence"/> up to <see cref="UntilSequence"/> (open while the check runs).
/// </summary>
public sealed partial class VerificationWindow
{
    public int Id { get; init; }
    public int HandoffId { get; init; }
    public long AfterSequence { get; init; }
    public long? UntilSequence { get; set; }

    public bool Covers(long sequence) => sequence > AfterSequence && (UntilSequence is not { } until || sequence <= until);

    /// <summary>
    /// Whether a customer's line inside a window is proof to hide: a short line with a number in it, in digits or in
    /// words (an invoice or customer number, a postcode, "twaalf maart negentienachtenzeventig"). A longer line is
    /// shown with its numbers masked (see <see cref="Masked"/>): what else the customer writes meanwhile ("ik zie het
    /// niet meer zitten", a question for the agent) is no proof, and the agent reads it.
    /// </summary>
    public static bool IsProof(string text)
    {
        var words = Word().Matches(text);
        return words.Count <= MaxProofWords && words.Any(w => IsProofWord(w.Value));
    }

    /// <summary>The line with every number in it (digits or number words) replaced by "•••".</summary>
    public static string Masked(string text) => Word().Replace(text, w => IsProofWord(w.Value) ? Mask : w.Value);

    public const string Mask = "•••";
    private const int MaxProofWords = 8;

    /// <summary>
    /// What staff see of a line: null when a window hides it, the text with its numbers masked when it is the customer's
    /// inside a window, else the text as written.
    /// </summary>
    public static string? ForStaff(IEnumerable<VerificationWindow> windows, long sequence, string role, string text) =>
        !InAny(windows, sequence, role) ? text
        : IsProof(text) ? null
        : Masked(text);

    /// <summary>Whether a line is the customer's, inside one of the windows.</summary>
    public static bool InAny(IEnumerable<VerificationWindow> windows, long sequence, string role) =>
        role == "user" && windows.Any(w => w.Covers(sequence));

    // "een" and "one" are articles far more often than numbers; "één" (with accents) is a number.
    private static bool IsProofWord(string word) =>
        word.Any(char.IsDigit) || word.ToLowerInvariant() is var w && w is not ("een" or "one") && DateWords.IsNumberWord(w.Replace('é', 'e').Replace('ë', 'e'));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
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
