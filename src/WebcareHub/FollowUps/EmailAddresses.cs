using System.Net.Mail;

namespace WebcareHub.FollowUps;

/// <summary>Whether text is one plain e-mail address we can write to (no display name, a dot in the domain).</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? text) =>
        text is { Length: > 0 and <= 200 }
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');

    /// <summary>
    /// An address on file as the chat shows it: "s***@example.nl". The customer recognises their own; someone who got
    /// past the check with another person's invoice number and postcode learns nothing new.
    /// </summary>
    public static string Masked(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : address[0] + "***" + address[at..];
    }
}
