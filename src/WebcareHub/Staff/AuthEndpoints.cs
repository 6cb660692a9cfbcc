using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace WebcareHub.Staff;

/// <summary>JSON sign-in for staff (cookie), sign-out and who-am-I.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapStaffAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").DisableAntiforgery();
        group.MapPost("/login", Login);
        group.MapPost("/logout", Logout).RequireAuthorization(StaffRoles.StaffPolicy);
        group.MapGet("/me", Me).RequireAuthorization(StaffRoles.StaffPolicy);
        return app;
    }

    private static async Task<Results<Ok<StaffProfile>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, SignInManager<StaffUser> signIn, UserManager<StaffUser> users)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["email"] = string.IsNullOrWhiteSpace(request.Email) ? ["email is required"] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? ["password is required"] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary(), title: "Sign-in needs an e-mail address and a password");

        var user = await users.FindByEmailAsync(request.Email);
        var result = user is null
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem(title: "This account is locked for a while after too many failed sign-ins", statusCode: StatusCodes.Status423Locked);
        if (!result.Succeeded)
            return TypedResults.Problem(title: "E-mail address or password is not right", statusCode: StatusCodes.Status401Unauthorized);
        return TypedResults.Ok(new StaffProfile(user!.Email!, user.DisplayName, [.. await users.GetRolesAsync(user)]));
    }

    private static async Task<NoContent> Logout(SignInManager<StaffUser> signIn)
    {
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

public sealed record LoginRequest([property: EmailAddress] string? Email, string? Password);

public sealed record StaffProfile(string Email, string DisplayName, List<string> Roles);
