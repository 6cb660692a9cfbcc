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
        var words = Word().Matches(Plain(text)).Select(m => m.Value).ToList();
        return words.Count <= MaxProofWords && Proof(words).Any(p => p);
    }

    /// <summary>
    /// The line with its proof replaced by "•••": every number (digits or words), and the short letter groups and
    /// month names right beside one ("1234 AB", "12 maart 1978").
    /// </summary>
    public static string Masked(string text)
    {
        text = Plain(text);
        var matches = Word().Matches(text);
        var words = matches.Select(m => m.Value).ToList();
        var numbers = Proof(words);
        var proof = (bool[])numbers.Clone();
        for (var i = 0; i < words.Count; i++)
        {
            if (!numbers[i]) continue;
            // A month beside a number, and a postcode's letters after its four digits ("1234 AB", "1234 a b").
            if (i > 0 && IsMonth(words[i - 1])) proof[i - 1] = true;
            if (i + 1 < words.Count && IsMonth(words[i + 1])) proof[i + 1] = true;
            if (words[i].Length != 4 || !words[i].All(char.IsAsciiDigit)) continue;
            if (i + 1 < words.Count && words[i + 1].Length == 2 && words[i + 1].All(char.IsAsciiLetter)) proof[i + 1] = true;
            else if (i + 2 < words.Count && words[i + 1].Length == 1 && words[i + 2].Length == 1 && char.IsAsciiLetter(words[i + 1][0]) && char.IsAsciiLetter(words[i + 2][0]))
                proof[i + 1] = proof[i + 2] = true;
        }
        var masked = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            masked.Append(text, at, matches[i].Index - at).Append(proof[i] ? Mask : matches[i].Value);
            at = matches[i].Index + matches[i].Length;
        }
        return masked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// Which words are numbers. "ten", "eerste", "second" and the like are far more often no number ("ten einde raad",
    /// "de eerste keer"): they count only in a line that has a plain number or a month name too.
    /// </summary>
    private static bool[] Proof(IReadOnlyList<string> words)
    {
        var kinds = words.Select(Kind).ToList();
        var plain = kinds.Any(k => k == NumberKind.Plain) || words.Any(IsMonth);
        // "een"/"one" is a digit among other number words ("nul zes een twee").
        bool NextToAPlainNumber(int i) => i > 0 && kinds[i - 1] == NumberKind.Plain || i + 1 < kinds.Count && kinds[i + 1] == NumberKind.Plain;
        return [.. kinds.Select((k, i) => k == NumberKind.Plain || k == NumberKind.Ambiguous && plain || k == NumberKind.Article && NextToAPlainNumber(i))];
    }

    /// <summary>Look-alike digits read as digits: superscript "⁸⁸²", mathematical "𝟖𝟖𝟐" and full-width "８８２" are "882".</summary>
    private static string Plain(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);

    private enum NumberKind { None, Plain, Ambiguous, Article }

    private static readonly HashSet<string> AmbiguousNumbers =
        ["ten", "eerste", "tweede", "derde", "vierde", "first", "second", "third", "fourth", "twee", "two", "drie", "three"];

    private static NumberKind Kind(string word)
    {
        if (word.Any(char.IsDigit)) return NumberKind.Plain;
        // "een" and "one" are articles far more often than numbers; "één" (with accents) is a number.
        var parts = word.ToLowerInvariant().Split('-', '\'');
        if (parts.Length == 1 && parts[0] is "een" or "one") return NumberKind.Article;
        var numbers = parts.Select(p => p.Replace('é', 'e').Replace('ë', 'e')).Where(IsNumberWord).ToList();
        if (numbers.Count == 0) return NumberKind.None;
        return parts.Length == 1 && AmbiguousNumbers.Contains(numbers[0]) ? NumberKind.Ambiguous : NumberKind.Plain;
    }

    private static bool IsNumberWord(string word) =>
        DateWords.IsNumberWord(word) || word.Length > 7 && (word.Contains("honderd", StringComparison.Ordinal) || word.Contains("duizend", StringComparison.Ordinal)
                                                            || word.Contains("hundred", StringComparison.Ordinal) || word.Contains("thousand", StringComparison.Ordinal))
        || word is "honderd" or "duizend" or "hundred" or "thousand";

    private static bool IsMonth(string word) => DateWords.MonthNames.Any(m => m.Name.Equals(word, StringComparison.OrdinalIgnoreCase));

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
