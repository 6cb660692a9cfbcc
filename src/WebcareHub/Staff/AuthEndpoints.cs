using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WebcareHub.Web;

namespace WebcareHub.Staff;

/// <summary>JSON sign-in for staff (cookie), sign-out and who-am-I.</summary>
public static class AuthEndpoints
{
    public const string RefusedTitle = "E-mail address or password is not right, or the account is locked for a while";

    public static IEndpointRouteBuilder MapStaffAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").DisableAntiforgery();
        group.MapPost("/login", Login);
        group.MapPost("/logout", Logout).RequireAuthorization(StaffPolicies.AnyStaff);
        group.MapGet("/me", Me).RequireAuthorization(StaffPolicies.AnyStaff);
        return app;
    }

    /// <summary>
    /// One answer for every refusal (unknown address, wrong password, locked account): the same status and
    /// Problem Details, so the answer does not tell which addresses have accounts.
    /// </summary>
    private static async Task<Results<Ok<SignedIn>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, StaffSignIn signIn, UserManager<StaffUser> users, ILogger<StaffSignIn> logger)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["email"] = string.IsNullOrWhiteSpace(request.Email) ? ["email is required"] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["password is required"] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary(), title: "Sign-in needs an e-mail address and a password");

        var user = await signIn.SignInAsync(request.Email, request.Password);
        if (user is null)
        {
            logger.LogInformation("Refused a sign-in as {Email}", LogValue.Clean(request.Email));
            return TypedResults.Problem(title: RefusedTitle, statusCode: StatusCodes.Status401Unauthorized);
        }
        var next = ReturnUrls.IsLocal(request.ReturnUrl) ? request.ReturnUrl : null;
        return TypedResults.Ok(new SignedIn(user.Email!, user.DisplayName, [.. await users.GetRolesAsync(user)], next));
    }

    /// <summary>Ends this session and every other one of the account (other browsers, open consoles).</summary>
    private static async Task<NoContent> Logout(HttpContext http, SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffSessions sessions)
    {
        if (await users.GetUserAsync(http.User) is { } user) await sessions.EndAsync(users, user, "signed out");
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<StaffProfile>, UnauthorizedHttpResult>> Me(HttpContext http, UserManager<StaffUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null
            ? TypedResults.Unauthorized()
            : TypedResults.Ok(new StaffProfile(user.Email!, user.DisplayName, [.. await users.GetRolesAsync(user)]));
    }
}

/// <param name="ReturnUrl">Where the page wants to go after signing in; answered back as <c>next</c> only when it is a path on this site.</param>
public sealed record LoginRequest([property: EmailAddress] string? Email, string? Password, string? ReturnUrl = null);

public sealed record StaffProfile(string Email, string DisplayName, List<string> Roles);

public sealed record SignedIn(string Email, string DisplayName, List<string> Roles, string? Next);
