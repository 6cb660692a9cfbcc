using System.Security.Cryptography;

namespace WebcareHub.Channels.DirectLine;

/// <summary>URL-safe random identifiers and credentials (base64url, no padding, never '|' or '/').</summary>
public static class RandomIds
{
    public static string New(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string ConversationId() => New(18);
    public static string UserId() => "u_" + New(12);
    public static string Token() => New(32);

    public static string Hash(string credential) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(credential)));
}
