using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using WebcareHub.Conversations;

namespace WebcareHub.Handoff;

/// <summary>
/// Staff never see a file's own id: that id is the unguessable part of the customer's download URL (Direct Line
/// serves it without a sign-in, as Web Chat needs). The console gets a protected token of the id instead, which
/// only <see cref="ChatFileEndpoint"/> turns back, behind its role and chat checks.
/// </summary>
public sealed class StaffFileIds(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("WebcareHub.Handoff.ChatFiles");

    public IReadOnlyList<ChatFile> ForStaff(IReadOnlyList<ChatFile> files) => [.. files.Select(f => f.IsKept ? f with { Id = _protector.Protect(f.Id) } : f)];

    /// <summary>The file id in a token, or null for one this app did not make.</summary>
    public string? FileId(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
