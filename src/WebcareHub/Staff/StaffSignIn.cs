using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Staff;

/// <summary>
/// Password sign-in that costs the same and answers the same for every refusal: an unknown address, a wrong
/// password, a locked account, or a demo account while demo accounts are off. Every attempt looks the address
/// up, hashes once (a decoy hash made with the same settings where there is no password to check) and, when
/// refused, runs the same two statements that count the failure (they match no row for an unknown address).
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IPasswordHasher<StaffUser> hasher,
    WebcareDbContext db, IOptions<IdentityOptions> identity, IOptions<StaffOptions> options)
{
    private static readonly StaffUser Nobody = new();
    private static string? s_decoyHash;

    /// <summary>The signed-in account (the cookie is set), or null.</summary>
    public async Task<StaffUser?> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        var mayTry = user is not null && !await users.IsLockedOutAsync(user) && MaySignIn(user);
        if (mayTry && await users.CheckPasswordAsync(user!, password))
        {
            if (user!.AccessFailedCount > 0) await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            return user;
        }
        if (!mayTry) hasher.VerifyHashedPassword(Nobody, DecoyHash(), password);
        await CountFailureAsync(users.NormalizeEmail(email));
        return null;
    }

    /// <summary>Made once, at start-up, so the first unknown address does not pay for it.</summary>
    public string DecoyHash() => s_decoyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    // Demo accounts have a password committed to the repository: they work only while demo accounts are on,
    // which the start-up check allows on a loopback address only.
    private bool MaySignIn(StaffUser user) => options.Value.SeedDemoUsers || !StaffAccounts.IsDemo(user.Email);

    /// <summary>Identity's failure count and lockout, as the same statements for every address.</summary>
    private async Task CountFailureAsync(string normalizedEmail)
    {
        var lockout = identity.Value.Lockout;
        await db.Users.Where(u => u.NormalizedEmail == normalizedEmail && u.LockoutEnabled)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
        // Identity compares lockouts with the system clock (it takes no TimeProvider), so this sets them by it too.
        var until = DateTimeOffset.UtcNow + lockout.DefaultLockoutTimeSpan;
        await db.Users.Where(u => u.NormalizedEmail == normalizedEmail && u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0));
    }
}
