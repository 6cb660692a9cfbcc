using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WebcareHub.Web;

/// <summary>The reverse proxies in front of the app, whose X-Forwarded-For names the client.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxies";

    /// <summary>
    /// The proxies' addresses. Empty (the default) trusts no forwarding header: the connection's address is the client's.
    /// Behind a proxy, list it here, or every per-client limit (chat tokens, failed verifications) counts all customers as one.
    /// </summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>The listed proxies as addresses; an entry that is no IP address stops the start with the setting's name.</summary>
    public IReadOnlyList<IPAddress> Addresses() => [.. KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address)
        ? address
        : throw new InvalidOperationException($"{Section}:KnownProxies has an entry that is no IP address: '{p}'"))];
}

public static class Proxies
{
    /// <summary>Takes the client's address from X-Forwarded-For, only when the request came through a listed proxy.</summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        var proxies = (app.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions()).Addresses();
        if (proxies.Count == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        app.UseForwardedHeaders(options);
        return app;
    }
}
