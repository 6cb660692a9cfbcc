using System.Text.RegularExpressions;

namespace WebcareHub.Webcare;

/// <summary>
/// Blocks a public reply that contains personal data (invoice and customer numbers, IBANs, phone numbers,
/// e-mail and street addresses, BSNs, birth dates), an amount of money, or any word hinting at a debt
/// (the guard list in reply-templates.yaml). Returns what it found, empty when the draft may go to approval.
/// </summary>
public static partial class ReplyGuard
{
    public static IReadOnlyList<string> Problems(string draft, ReplyTemplates templates)
    {
        var text = Plain(draft);
        var problems = PiiFinder.Find(WithoutLinks(text), agencyAccountsToo: true).Select(p => $"{p.Kind}: \"{text.Substring(p.Start, p.Length)}\"").ToList();
        problems.AddRange(Amount().Matches(text).Select(m => $"amount: \"{m.Value.Trim()}\""));
        // A link's host is the agency's own site ("incasso.example"), not a word to the reader; its path still is.
        problems.AddRange(templates.Book.Read(LinkHost().Replace(text, " ")).AllMatches(templates.DebtWords).Select(m => $"debt hint: \"{m.Words}\"").Distinct());
        return problems;
    }

    /// <summary>
    /// The draft as a reader sees it, so look-alike writing cannot slip past: compatibility forms folded (full-width
    /// letters and digits), invisible characters (zero-width spaces and joiners) dropped, digits of any script as 0–9
    /// and every kind of dash as "-".
    /// </summary>
    public static string Plain(string draft)
    {
        var folded = draft.Normalize(System.Text.NormalizationForm.FormKC);
        var plain = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == System.Globalization.UnicodeCategory.Format) continue;
            if (category == System.Globalization.UnicodeCategory.DecimalDigitNumber) plain.Append((char)('0' + (int)char.GetNumericValue(c)));
            else if (category == System.Globalization.UnicodeCategory.DashPunctuation || c == '\u2212') plain.Append('-');
            else plain.Append(c);
        }
        return plain.ToString();
    }

    /// <summary>Same length, so positions stay right; a link's random token is not personal data.</summary>
    private static string WithoutLinks(string text) => Link().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"(?:€|EUR|euro|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|euro|eur|,-)|\b\d+,\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"https?://[^/\s?#]+")]
    private static partial Regex LinkHost();
}
