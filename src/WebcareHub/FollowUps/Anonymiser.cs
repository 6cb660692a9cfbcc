using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WebcareHub.Invoices;
using WebcareHub.Understanding;
using WebcareHub.Webcare;

namespace WebcareHub.FollowUps;

/// <summary>
/// Removes personal data from stored free text with the app's own recognisers: what <see cref="PiiFinder"/> finds
/// (IBANs, phone numbers, e-mail addresses, invoice and customer numbers, addresses, BSNs, birth dates), every postcode
/// <see cref="EntityExtractor"/> finds, and the known customer's own name, e-mail, phone, street and postcode.
/// Each piece becomes a marker such as "[email]", so the text still reads as what it was about.
/// </summary>
public static class Anonymiser
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The words to replace for these customers: their full names and name parts, and their own contact details.</summary>
    public static IReadOnlyList<(string Value, string Marker)> Known(IEnumerable<Debtor> debtors)
    {
        var known = new List<(string, string)>();
        foreach (var d in debtors)
        {
            known.Add((d.Name, "[name]"));
            // Parts such as "de" or "van" are ordinary words too; a name part needs three letters.
            known.AddRange(d.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 3).Select(p => (p, "[name]")));
            known.Add((d.Email, "[email]"));
            known.Add((d.Phone, "[phone]"));
            known.Add((d.Street, "[address]"));
            known.Add((d.Postcode, "[postcode]"));
        }
        return [.. known.Where(k => k.Item1.Trim().Length >= 2).Distinct().OrderByDescending(k => k.Item1.Length)];
    }

    public static string Scrub(string text, IReadOnlyList<(string Value, string Marker)> known)
    {
        foreach (var m in PiiFinder.Find(text).Reverse())
            text = string.Concat(text.AsSpan(0, m.Start), $"[{m.Kind}]", text.AsSpan(m.Start + m.Length));
        foreach (var m in EntityExtractor.PostcodeMatches(text).Reverse().ToList())
            text = string.Concat(text.AsSpan(0, m.Index), "[postcode]", text.AsSpan(m.Index + m.Length));
        foreach (var (value, marker) in known)
            text = Regex.Replace(text, $@"(?<![\p{{L}}\d]){Regex.Escape(value.Trim())}(?![\p{{L}}\d])", marker, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        return text;
    }

    public static string? ScrubOrNull(string? text, IReadOnlyList<(string Value, string Marker)> known) =>
        text is null ? null : Scrub(text, known);

    /// <summary>A stored activity without personal data: its texts scrubbed, the display names of sender and recipient dropped.</summary>
    public static string ScrubActivity(string json, IReadOnlyList<(string Value, string Marker)> known)
    {
        if (JsonNode.Parse(json) is not JsonObject activity) return json;
        foreach (var field in (string[])["text", "speak", "summary"])
            if (activity[field] is JsonValue value && value.TryGetValue<string>(out var text))
                activity[field] = Scrub(text, known);
        foreach (var party in (string[])["from", "recipient"])
            (activity[party] as JsonObject)?.Remove("name");
        return activity.ToJsonString();
    }
}
