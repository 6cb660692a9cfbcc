using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.DirectLine;

/// <summary>Which browser origins may use the channel: the configured ones and the app's own.</summary>
public sealed class DirectLineOrigins(IOptions<DirectLineOptions> options)
{
    /// <summary>True for requests without <c>Origin</c> (servers, tests) and for allowed origins.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || IsListedOrOwn(request, origin);
    }

    public bool IsListedOrOwn(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || options.Value.AllowedOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
}
