using System.Globalization;
using System.Text;

namespace WebcareHub.Webcare;

/// <summary>
/// A text with its digits as people style them read as plain digits, and where each of its characters came from:
/// keycap emoji ("0️⃣6️⃣"), other digit forms ("𝟬𝟲", "０６", with full-width signs "－"), bullets between digits ("06•33•41") and
/// a phone's picture between them ("06📞51📞77"), invisible joiners
/// and soft hyphens inside a number, no-break spaces, and a number glued to a hashtag's words ("#belmij0687214936").
/// Finding personal data in <see cref="Text"/> and mapping the places back marks the number as it was written.
/// </summary>
public sealed class PlainDigits
{
    private readonly int[] origin;

    private PlainDigits(string text, int[] origin) => (Text, this.origin) = (text, origin);

    public string Text { get; }

    /// <summary>The plain text, or null when the text has nothing to change (most texts: no copy is made).</summary>
    public static PlainDigits? Of(string text)
    {
        if (!NeedsChange(text)) return null;
        var plain = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        var inHashtag = false;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
            var c = text[i];
            if (IsInvisible(rune) || IsKeycapMark(rune)) { i += width; continue; }
            char plainChar;
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber) plainChar = (char)('0' + (int)Rune.GetNumericValue(rune));
            else if (rune.Value is 0xA0 or 0x202F or 0x2007 or 0x2009) plainChar = ' ';
            else if (rune.Value is >= 0xFF01 and <= 0xFF5E) plainChar = (char)(rune.Value - 0xFEE0); // "－", "＠": full-width forms
            else if (rune.Value is '•' or '·' or '∙' or '●' or '⋅' && DigitNear(text, i, -1) && DigitNear(text, i + width, 1)) plainChar = '.';
            // "06📞51📞77📞30📞62", "06☎️12…": a phone's picture between the groups of a number is a space (other pictures
            // between numbers are lists and scores: "dag 01✅02✅03").
            else if (rune.Value is 0x1F4DE or 0x260E or 0x260F or 0x1F4F1 or 0x1F4F2 && DigitNear(text, i, -1) && DigitNear(text, PastVariation(text, i + width), 1)) plainChar = ' ';
            else plainChar = width == 1 ? c : '\0'; // a lone surrogate is one character and stays as it was
            if (plainChar == '\0')
            {
                // Any other character outside the basic plane stays as it was (an emoji is no digit).
                plain.Append(text, i, width);
                for (var k = 0; k < width; k++) origin.Add(i + k);
                i += width;
                inHashtag = false;
                continue;
            }
            // "#belmij0687214936": letters and the number of one hashtag are read as two words.
            if (inHashtag && char.IsAsciiDigit(plainChar) && plain.Length > 0 && char.IsLetter(plain[^1]))
            {
                plain.Append(' ');
                origin.Add(i);
            }
            inHashtag = plainChar == '#' ? StartsAHashtag(text, i) : inHashtag && char.IsLetterOrDigit(plainChar);
            plain.Append(plainChar);
            origin.Add(i);
            i += width;
        }
        origin.Add(text.Length);
        return new PlainDigits(plain.ToString(), [.. origin]);
    }

    /// <summary>A place found in <see cref="Text"/>, as the place of the same characters in the text as written.</summary>
    public PiiMatch Written(PiiMatch match)
    {
        var start = origin[match.Start];
        return match with { Start = start, Length = origin[match.Start + match.Length] - start };
    }

    /// <summary>
    /// Whether the '#' at <paramref name="at"/> starts a hashtag: not inside a word or a link ("…/#dossier123456"), and
    /// not the start of an e-mail address or a domain ("#kees2@ziggo.nl" keeps "kees2" with its address).
    /// </summary>
    private static bool StartsAHashtag(string text, int at)
    {
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '/' or '&' or '=' or '#' or '_')) return false;
        var end = at + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return end >= text.Length || !(text[end] == '@' || text[end] is '.' or '-' or '_' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
    }

    private static bool NeedsChange(string text)
    {
        foreach (var c in text)
            if (c > '\u007F' || c == '#') return true;
        return false;
    }

    /// <summary>The place after the variation selectors at <paramref name="at"/> ("☎️" is the sign and one).</summary>
    private static int PastVariation(string text, int at)
    {
        while (at < text.Length && text[at] is '\uFE0F' or '\uFE0E') at++;
        return at;
    }

    private static bool IsKeycapMark(Rune rune) => rune.Value is 0x20E3 or 0xFE0F or 0xFE0E;

    private static bool IsInvisible(Rune rune) => rune.Value is 0x200B or 0x200C or 0x200D or 0x2060 or 0xAD or 0xFEFF;

    /// <summary>Whether a digit (plain or styled) is the next character from <paramref name="at"/> in one direction, past one space.</summary>
    private static bool DigitNear(string text, int at, int step)
    {
        var i = step < 0 ? at - 1 : at;
        if (i >= 0 && i < text.Length && text[i] == ' ') i += step;
        if (i < 0 || i >= text.Length) return false;
        if (char.IsDigit(text[i]) || step < 0 && text[i] == '\u20E3') return true;
        // A styled digit outside the basic plane ("𝟬") is a pair of characters: read the whole pair.
        var rune = step < 0
            ? (Rune.DecodeLastFromUtf16(text.AsSpan(0, i + 1), out var before, out _) == System.Buffers.OperationStatus.Done ? before : Rune.ReplacementChar)
            : (Rune.DecodeFromUtf16(text.AsSpan(i), out var after, out _) == System.Buffers.OperationStatus.Done ? after : Rune.ReplacementChar);
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;
    }
}
