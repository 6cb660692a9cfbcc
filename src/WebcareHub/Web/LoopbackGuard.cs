using System.Net;

namespace WebcareHub.Web;

/// <summary>
/// Development conveniences (the Direct Line secret committed in appsettings.Development.json, demo staff
/// accounts with a published password, the open parse endpoint) are safe only on this machine. When the app
/// would listen on anything but loopback in Development, or with demo accounts on, it does not start.
/// </summary>
public static class LoopbackGuard
{
    /// <summary>Why the app must not start, or null. Looks at every place Kestrel takes addresses from.</summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var demoStaff = configuration.GetValue<bool>("Staff:SeedDemoUsers");
        if (!development && !demoStaff) return null;
        var offLoopback = Addresses(configuration).Where(a => !IsLoopback(a)).ToList();
        if (offLoopback.Count == 0) return null;
        var what = development
            ? "In Development the committed Direct Line secret, the demo staff accounts and their published password are switched on"
            : "Staff:SeedDemoUsers switches on demo staff accounts with a published password";
        return $"WebcareHub refuses to start: {what}, and it would listen on {string.Join(", ", offLoopback)}, which other machines can reach. " +
               "Listen on localhost only (e.g. --urls http://localhost:5080), or run with ASPNETCORE_ENVIRONMENT=Production " +
               "and your own secrets and accounts (see README, \"Settings\").";
    }

    public static IEnumerable<string> Addresses(IConfiguration configuration)
    {
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS" })
        {
            foreach (var url in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return url;
        }
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            // Ports alone bind every interface.
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return $"*:{port}";
        }
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url) yield return url;
        }
    }

    /// <summary>localhost, 127.0.0.0/8 and [::1]; wildcards (*, +, 0.0.0.0, [::]) and other names are not.</summary>
    public static bool IsLoopback(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
