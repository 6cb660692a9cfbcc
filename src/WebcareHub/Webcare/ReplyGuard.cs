using System.Text.RegularExpressions;

namespace WebcareHub.Webcare;

/// <summary>
/// Blocks a public reply that contains personal data (invoice and customer numbers, IBANs, phone numbers,
/// e-mail and street addresses, BSNs, birth dates), an amount of money, or any word hinting at a debt
/// (the guard list in reply-templates.yaml). Returns what it found, empty when the draft may go to approval.
/// </summary>
public static partial class ReplyGuard
{
    public static IReadOnlyList<string> Problems(string text, ReplyTemplates templates)
    {
        var problems = PiiFinder.Find(WithoutLinks(text)).Select(p => $"{p.Kind}: \"{text.Substring(p.Start, p.Length)}\"").ToList();
        problems.AddRange(Amount().Matches(text).Select(m => $"amount: \"{m.Value.Trim()}\""));
        problems.AddRange(templates.Book.Read(text).AllMatches(templates.DebtWords).Select(m => $"debt hint: \"{m.Words}\"").Distinct());
        return problems;
    }

    /// <summary>Same length, so positions stay right; a link's random token is not personal data.</summary>
    private static string WithoutLinks(string text) => Link().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"(?:€|EUR|euro|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|euro|eur|,-)|\b\d+,\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
