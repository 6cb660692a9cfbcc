using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WebcareHub.Staff;

/// <summary>
/// Password sign-in that costs the same and answers the same for every failure: an unknown address, a wrong
/// password, a locked account, or a demo account while demo accounts are off. Where Identity would not hash
/// (no account, or locked), a decoy hash made with the same settings is verified instead, so the time taken
/// does not tell which addresses have accounts.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher,
    IOptions<StaffOptions> options)
{
    private static readonly StaffUser Nobody = new();
    private static string? s_decoyHash;

    /// <summary>The signed-in account (the cookie is set), or null.</summary>
    public async Task<StaffUser?> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user) || !MaySignIn(user))
        {
            hasher.VerifyHashedPassword(Nobody, DecoyHash(), password);
            return null;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? user : null;
    }

    /// <summary>Made once, at start-up, so the first unknown address does not pay for it.</summary>
    public string DecoyHash() => s_decoyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    // Demo accounts have a password committed to the repository: they work only while demo accounts are on,
    // which the start-up check allows on a loopback address only.
    private bool MaySignIn(StaffUser user) => options.Value.SeedDemoUsers || !StaffAccounts.IsDemo(user.Email);
}
