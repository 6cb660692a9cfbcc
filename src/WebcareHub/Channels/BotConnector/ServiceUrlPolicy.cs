using System.Net;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.BotConnector;

/// <summary>Decides which service URLs the bot may call, so a forged <c>serviceUrl</c> cannot aim it at other hosts.</summary>
public sealed class ServiceUrlPolicy(IOptions<BotConnectorOptions> options)
{
    public bool MayCall(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var allowed = options.Value.AllowedServiceUrls;
        if (allowed.Length > 0)
        {
            return allowed.Any(prefix => Uri.TryCreate(prefix, UriKind.Absolute, out var p)
                && p.Scheme == uri.Scheme && string.Equals(p.Host, uri.Host, StringComparison.OrdinalIgnoreCase)
                && p.Port == uri.Port && uri.AbsolutePath.StartsWith(p.AbsolutePath, StringComparison.Ordinal));
        }
        // Production channels use HTTPS service URLs from the signed token; local mode is loopback only.
        if (!options.Value.IsLocalMode) return uri.Scheme == "https";
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
