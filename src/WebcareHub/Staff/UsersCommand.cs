namespace WebcareHub.Staff;

/// <summary>
/// <c>dotnet run --project src/WebcareHub -- users add --email anna@example.nl --name "Anna" --role Agent</c>
/// (repeat <c>--role</c> for more; the password is read from standard input unless <c>--password</c> is given).
/// Runs against the configured database and exits without starting the web server.
/// </summary>
public static class UsersCommand
{
    public const string Usage = "usage: users add --email <address> --name <display name> --role <Agent|Webcare|Supervisor|Admin> [--role ...] [--password <password>]";

    /// <summary>The exit code when the arguments are a users command; null when the app should start normally.</summary>
    public static async Task<int?> TryRunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        if (args.Length == 0 || args[0] != "users") return null;
        if (args.Length < 2 || args[1] != "add")
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var options = Parse(args[2..]);
        var email = options.GetValueOrDefault("--email")?.FirstOrDefault();
        var name = options.GetValueOrDefault("--name")?.FirstOrDefault();
        var roles = options.GetValueOrDefault("--role") ?? [];
        if (email is null || name is null || roles.Count == 0)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var password = options.GetValueOrDefault("--password")?.FirstOrDefault() ?? (await input.ReadLineAsync())?.Trim();
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("error: no password given (pass --password or type it on standard input)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddOrUpdateAsync(email, name, password, roles);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) await output.WriteLineAsync("error: " + error.Description);
            return 1;
        }
        await output.WriteLineAsync($"{email} ({name}) can sign in with role(s): {string.Join(", ", roles)}");
        return 0;
    }

    private static Dictionary<string, List<string>> Parse(string[] args)
    {
        var options = new Dictionary<string, List<string>>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!options.TryGetValue(args[i], out var values)) options[args[i]] = values = [];
            values.Add(args[i + 1]);
        }
        return options;
    }
}
