using System.Globalization;
using System.Text;

namespace WebcareHub.Web;

/// <summary>
/// Makes a value taken from a request safe to log: control characters (CR and LF above all, which would let
/// a caller start a fake log line) are written as escapes, and very long values are cut.
/// </summary>
public static class LogValue
{
    public const int MaxLength = 200;

    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var text = value.Length > MaxLength ? value[..MaxLength] : value;
        if (!text.Any(IsControl)) return value.Length > MaxLength ? text + "…" : text;
        var clean = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        if (value.Length > MaxLength) clean.Append('…');
        return clean.ToString();
    }

    // C0, DEL, C1, and the Unicode line and paragraph separators some log viewers break lines on.
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
