using Microsoft.Extensions.Options;
using WebcareHub.Web;

namespace WebcareHub.Staff;

/// <summary>
/// The staff hubs answer only pages of this site and of <see cref="StaffOptions.AllowedOrigins"/>: a browser
/// always sends <c>Origin</c> with a WebSocket upgrade and a negotiate POST, so a page elsewhere cannot use a
/// signed-in agent's browser to open the console's connection. Requests without <c>Origin</c> are not from a
/// page and pass.
/// </summary>
public static class HubOrigins
{
    public const string Prefix = "/hubs";

    public static IApplicationBuilder UseHubOrigins(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        var origin = request.Headers.Origin.ToString();
        if (request.Path.StartsWithSegments(Prefix) && origin.Length > 0 && !IsAllowed(request, origin,
                http.RequestServices.GetRequiredService<IOptions<StaffOptions>>().Value.AllowedOrigins))
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HubOrigins))
                .LogWarning("Refused {Path} to a page from {Origin}", LogValue.Clean(request.Path.Value), LogValue.Clean(origin));
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await next(http);
    });

    public static bool IsAllowed(HttpRequest request, string origin, IEnumerable<string> allowed) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
        || allowed.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
}
