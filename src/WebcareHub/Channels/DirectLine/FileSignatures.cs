namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// The first bytes each accepted upload type starts with. A file is taken for what its bytes say, not for its
/// name or the type the browser declared: a "factuur.pdf" that is not a PDF is refused.
/// </summary>
public static class FileSignatures
{
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["application/pdf"] = "%PDF-"u8.ToArray(),
    };

    public static IReadOnlyCollection<string> Known => Signatures.Keys;

    public static bool IsKnown(string contentType) => Signatures.ContainsKey(contentType);

    /// <summary>True when <paramref name="content"/> starts the way files of <paramref name="contentType"/> do.</summary>
    public static bool Matches(string contentType, ReadOnlySpan<byte> content) =>
        Signatures.TryGetValue(contentType, out var signature) && content.StartsWith(signature);

    /// <summary>The usual file name extension of an accepted type (".pdf"), or none.</summary>
    public static string Extension(string contentType) => contentType.ToLowerInvariant() switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "application/pdf" => ".pdf",
        _ => "",
    };
}
