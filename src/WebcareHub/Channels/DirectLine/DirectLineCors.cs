namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// CORS for the widget on another origin (contract section 8): allowed origins get their own origin back,
/// never '*', and no credentials; others get no CORS headers at all.
/// </summary>
public static class DirectLineCors
{
    private static readonly PathString[] Paths = [DirectLineEndpoints.Prefix, ChatTokenEndpoints.Prefix];

    public static IApplicationBuilder UseDirectLineCors(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (!Paths.Any(p => request.Path.StartsWithSegments(p)))
        {
            await next(http);
            return;
        }
        var origin = request.Headers.Origin.ToString();
        var allowed = origin.Length > 0 && http.RequestServices.GetRequiredService<DirectLineOrigins>().IsListedOrOwn(request, origin);
        http.Response.Headers.Vary = "Origin";
        if (allowed) http.Response.Headers.AccessControlAllowOrigin = origin;

        if (HttpMethods.IsOptions(request.Method))
        {
            if (allowed)
            {
                http.Response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
                http.Response.Headers.AccessControlAllowHeaders = "authorization, content-type, x-ms-bot-agent, x-requested-with";
                http.Response.Headers.AccessControlMaxAge = "600";
            }
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        await next(http);
    });
}
