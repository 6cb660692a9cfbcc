using Microsoft.Extensions.Options;
using WebcareHub.Channels.DirectLine;

namespace WebcareHub.Web;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows what Web Chat and our pages need and no
/// more, who may frame a page (the widget page: this site and <c>DirectLine:AllowedOrigins</c>; everything
/// else: nobody), nosniff, no referrer, <c>Cache-Control: no-store</c> wherever customer data or sessions
/// travel, and HSTS outside Development.
/// </summary>
public static class SecurityHeaders
{
    // Routes whose answers hold customer data, tokens or staff sessions: never stored by a browser or proxy.
    private static readonly PathString[] NoStore = ["/v3/directline", "/api", "/hubs", "/console", "/login", "/webcare"];

    // Pages that may sit in an iframe on the customer's website: the widget page only.
    private static readonly PathString[] Widget = ["/", "/index.html"];

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Apply(http);
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    private static void Apply(HttpContext http)
    {
        var request = http.Request;
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // A response's own directives (a customer's file: "sandbox") come first and only add restrictions.
        var own = headers.ContentSecurityPolicy.ToString();
        headers.ContentSecurityPolicy = (own.Length > 0 ? own + "; " : "") + Policy(request, FrameAncestors(http));
        if (!Widget.Contains(request.Path)) headers.XFrameOptions = "DENY";
        if (NoStore.Any(p => request.Path.StartsWithSegments(p))) headers.CacheControl = "no-store";
    }

    private static string FrameAncestors(HttpContext http)
    {
        if (!Widget.Contains(http.Request.Path)) return "'none'";
        var allowed = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins;
        return string.Join(' ', ["'self'", .. allowed.Select(o => o.TrimEnd('/'))]);
    }

    // Web Chat injects its styles at run time (emotion), so styles need 'unsafe-inline'; scripts come only
    // from this site. The stream is a WebSocket to this host, named explicitly for browsers whose 'self'
    // does not cover ws: and wss:.
    private static string Policy(HttpRequest request, string frameAncestors) =>
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "media-src 'self' blob:; " +
        $"connect-src 'self' ws://{request.Host} wss://{request.Host}; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        $"frame-ancestors {frameAncestors}";
}
