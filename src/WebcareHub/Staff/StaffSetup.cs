using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using WebcareHub.Data;

namespace WebcareHub.Staff;

public static class StaffSetup
{
    public static IHostApplicationBuilder AddStaff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StaffOptions>()
            .BindConfiguration(StaffOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.SeedDemoUsers || o.DemoPassword.Length >= 8, "Staff:DemoPassword (8+ characters) is needed to seed demo users")
            .ValidateOnStart();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddIdentityCore<StaffUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WebcareDbContext>()
            .AddSignInManager();
        builder.Services.AddOptions<IdentityOptions>().Configure<IOptions<StaffOptions>>((o, staff) =>
        {
            o.Lockout.MaxFailedAccessAttempts = staff.Value.MaxFailedSignIns;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(staff.Value.LockoutMinutes);
        });
        builder.Services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<StaffOptions>>((o, staff) =>
            o.ValidationInterval = TimeSpan.FromSeconds(staff.Value.SessionCheckSeconds));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login/";
            o.Cookie.Name = HubOrigins.StaffCookie;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            // APIs answer 401/403; only pages are sent to the sign-in page.
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            // A session ended in this process (a sign-out, a new password or roles) ends for every copy of its cookie at
            // once; Identity's own check, every SessionCheckSeconds, covers changes made by another process.
            o.Events.OnValidatePrincipal = async context =>
            {
                if (context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndedHere(context.Principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        builder.Services.AddAuthorizationBuilder().AddStaffPolicies();
        builder.Services.AddSingleton<IAuthorizationEvaluator, RefusalLog>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddSingleton<StaffSessions>();
        builder.Services.AddSingleton<StaffHubFilter>();
        builder.Services.AddSignalR(o => o.AddFilter<StaffHubFilter>());
        return builder;
    }

    /// <summary>Creates the roles, and in Development the demo accounts, before the app serves anyone.</summary>
    public static async Task PrepareStaffAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        scope.ServiceProvider.GetRequiredService<StaffSignIn>().DecoyHash();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<StaffOptions>>().Value;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var (email, name, role) in StaffAccounts.DemoUsers)
        {
            var demo = await users.FindByEmailAsync(email);
            if (options.SeedDemoUsers && demo is null) await accounts.AddOrUpdateAsync(email, name, options.DemoPassword, [role]);
            // Demo accounts left in a database from a Development run: their sign-in is refused (StaffSignIn),
            // and a new stamp ends any session a cookie from that run still carries.
            if (!options.SeedDemoUsers && demo is not null) await users.UpdateSecurityStampAsync(demo);
        }
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // The jobs dashboard too: it must never fall back to a page anyone can see (issue 10).
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/jobs"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
