using System.Security.Cryptography;
using System.Text;

namespace WebcareHub.Webcare;

/// <summary>
/// HMAC-SHA256 signatures of the platforms' webhooks, compared in constant time. An empty secret accepts
/// nothing, so an unconfigured source stays closed.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static byte[] Hmac(string secret, ReadOnlySpan<byte> data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data);

    /// <summary><c>sha256=</c> + lower-case hex (Meta's <c>X-Hub-Signature-256</c>, our generic source).</summary>
    public static string Hex(string secret, ReadOnlySpan<byte> data) => Prefix + Convert.ToHexStringLower(Hmac(secret, data));

    /// <summary><c>sha256=</c> + base64 (X's CRC answer and <c>x-twitter-webhooks-signature</c>).</summary>
    public static string Base64(string secret, ReadOnlySpan<byte> data) => Prefix + Convert.ToBase64String(Hmac(secret, data));

    public static bool MatchesHex(string? header, string secret, ReadOnlySpan<byte> body) =>
        Matches(header, secret, body, value =>
        {
            try { return Convert.FromHexString(value); }
            catch (FormatException) { return null; }
        });

    public static bool MatchesBase64(string? header, string secret, ReadOnlySpan<byte> body) =>
        Matches(header, secret, body, value =>
        {
            try { return Convert.FromBase64String(value); }
            catch (FormatException) { return null; }
        });

    private static bool Matches(string? header, string secret, ReadOnlySpan<byte> body, Func<string, byte[]?> decode)
    {
        if (string.IsNullOrEmpty(secret) || header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return false;
        var given = decode(header[Prefix.Length..].Trim());
        // FixedTimeEquals takes as long for every difference; a wrong length is no secret.
        return given is not null && CryptographicOperations.FixedTimeEquals(given, Hmac(secret, body));
    }
}
