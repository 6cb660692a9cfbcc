using Microsoft.AspNetCore.Identity;

namespace WebcareHub.Staff;

/// <summary>A person working in WebcareHub: agent, communications staff, supervisor or admin.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The name customers see in the chat ("Anna") and colleagues see in the console.</summary>
    public string DisplayName { get; set; } = "";
}
