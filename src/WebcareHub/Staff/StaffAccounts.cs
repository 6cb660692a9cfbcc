using Microsoft.AspNetCore.Identity;

namespace WebcareHub.Staff;

/// <summary>Creates staff accounts with roles (the CLI and the demo seed use it).</summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, StaffSessions sessions)
{
    public static readonly (string Email, string Name, string Role)[] DemoUsers =
    [
        ("agent@webcarehub.example", "Anna de Boer", StaffRoles.Agent),
        ("webcare@webcarehub.example", "Wouter Smit", StaffRoles.Webcare),
        ("supervisor@webcarehub.example", "Sanne Bakker", StaffRoles.Supervisor),
        ("admin@webcarehub.example", "Ahmed Yilmaz", StaffRoles.Admin),
    ];

    public static bool IsDemo(string? email) => DemoUsers.Any(d => string.Equals(d.Email, email, StringComparison.OrdinalIgnoreCase));

    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <summary>
    /// Creates the account, or updates name, password and roles of an existing one; a changed password or role
    /// ends the account's sessions (a new security stamp), so nobody keeps working with what they had before.
    /// </summary>
    public async Task<IdentityResult> AddOrUpdateAsync(string email, string displayName, string password, IReadOnlyCollection<string> roleNames)
    {
        var unknown = roleNames.Where(r => !StaffRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Unknown role(s): {string.Join(", ", unknown)}; known: {string.Join(", ", StaffRoles.All)}" });
        await EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email);
        var earlierStamp = user?.SecurityStamp;
        IdentityResult result;
        if (user is null)
        {
            user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            result = await users.CreateAsync(user, password);
        }
        else
        {
            user.DisplayName = displayName;
            result = await users.UpdateAsync(user);
            if (result.Succeeded) result = await users.RemovePasswordAsync(user);
            if (result.Succeeded) result = await users.AddPasswordAsync(user, password);
        }
        if (!result.Succeeded) return result;
        var current = await users.GetRolesAsync(user);
        result = await users.RemoveFromRolesAsync(user, current.Except(roleNames));
        if (result.Succeeded) result = await users.AddToRolesAsync(user, roleNames.Except(current));
        // Removing and adding a password already gave the account a new stamp; end its sessions here too.
        if (result.Succeeded) await sessions.EndAsync(users, user, "password or roles changed", earlierStamp);
        return result;
    }
}
