using Microsoft.Extensions.Options;
using WebcareHub.Web;

namespace WebcareHub.Staff;

/// <summary>
/// The staff hubs, and every request that changes something with a staff member's cookie, answer only pages of this
/// site and of <see cref="StaffOptions.AllowedOrigins"/>: a browser always sends <c>Origin</c> with a WebSocket upgrade
/// and with a POST, so a page elsewhere (another port or a sibling subdomain included, which the SameSite cookie does
/// not stop) cannot use a signed-in colleague's browser to approve a reply or import payments. Requests without
/// <c>Origin</c> are not from a page and pass.
/// </summary>
public static class HubOrigins
{
    public const string Prefix = "/hubs";

    /// <summary>The staff sign-in cookie's name.</summary>
    public const string StaffCookie = "webcarehub.staff";

    public static IApplicationBuilder UseHubOrigins(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        var origin = request.Headers.Origin.ToString();
        var staffChange = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                          && request.Cookies.ContainsKey(StaffCookie);
        if ((request.Path.StartsWithSegments(Prefix) || staffChange) && origin.Length > 0 && !IsAllowed(request, origin,
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
