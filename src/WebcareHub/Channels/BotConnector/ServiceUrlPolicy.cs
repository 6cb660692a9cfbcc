using System.Net;
using System.Net.NetworkInformation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.BotConnector;

/// <summary>
/// Decides where replies may go, so a forged or careless <c>serviceUrl</c> cannot aim the bot at other hosts or
/// at itself. Allowed: scheme, host and port equal to an entry of <c>BotConnector:AllowedServiceUrls</c> and the
/// same path as that entry; without a list (local mode only) a loopback address without path. Never the app's
/// own addresses, never a URL with user info, query or fragment. The base URL replies go to is the entry as
/// configured (or scheme, host and port), so no path or query of the request reaches an outgoing call.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotConnectorOptions> options, IServer server)
{
    private static readonly Lazy<HashSet<IPAddress>> LocalAddresses = new(ReadLocalAddresses);

    /// <summary>The base URL to reply to, or null when <paramref name="serviceUrl"/> is not allowed.</summary>
    public Uri? BaseFor(string? serviceUrl, HttpRequest? request = null)
    {
        var own = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(a => a.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal))
            .Append(request is null ? "" : $"{request.Scheme}://{request.Host}")
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>()
            .ToList();
        return Resolve(serviceUrl, options.Value, own);
    }

    public static Uri? Resolve(string? serviceUrl, BotConnectorOptions options, IReadOnlyCollection<Uri> own)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || serviceUrl.Contains('?') || serviceUrl.Contains('#'))
            return null;
        if (own.Any(o => PointsAt(uri, o))) return null;
        if (options.AllowedServiceUrls.Length > 0)
        {
            return options.AllowedServiceUrls.Select(Base).OfType<Uri>().FirstOrDefault(b =>
                b.Scheme == uri.Scheme && b.Host == uri.Host && b.Port == uri.Port && b.AbsolutePath == WithSlash(uri.AbsolutePath));
        }
        return options.IsLocalMode && uri.AbsolutePath == "/" && IsLoopback(uri.Host)
            ? new Uri(uri.GetLeftPart(UriPartial.Authority) + "/")
            : null;
    }

    /// <summary>A configured entry as a base URL: scheme, host, port and path ending in a slash; null when unusable.</summary>
    public static Uri? Base(string entry) =>
        Uri.TryCreate(entry, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Query.Length == 0 && u.UserInfo.Length == 0
            ? new Uri(u.GetLeftPart(UriPartial.Authority) + WithSlash(u.AbsolutePath))
            : null;

    /// <summary>True when a call to <paramref name="uri"/> would reach the app listening at (or called as) <paramref name="own"/>.</summary>
    private static bool PointsAt(Uri uri, Uri own)
    {
        if (uri.Port != own.Port) return false;
        if (uri.Host == own.Host || (IsLoopback(uri.Host) && IsLoopback(own.Host))) return true;
        var listensEverywhere = own.Host is "0.0.0.0" or "[::]";
        return listensEverywhere && (IsLoopback(uri.Host)
            || string.Equals(uri.Host, Dns.GetHostName(), StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && LocalAddresses.Value.Contains(ip)));
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip));

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";

    private static HashSet<IPAddress> ReadLocalAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address)).ToHashSet();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
