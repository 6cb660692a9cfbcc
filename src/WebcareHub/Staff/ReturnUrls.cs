namespace WebcareHub.Staff;

/// <summary>
/// Where the sign-in page may send someone afterwards: a path on this site only. <c>//host</c>, <c>/\host</c>
/// (browsers read a backslash as a slash), absolute URLs and anything with control characters or spaces
/// (browsers drop tabs and newlines, turning <c>/&#9;/host</c> into <c>//host</c>) are refused.
/// </summary>
public static class ReturnUrls
{
    public const string Parameter = "ReturnUrl";
    private const string LoginPath = "/login/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\\')
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>The sign-in page drops a <c>ReturnUrl</c> that would leave the site (redirects to itself without it).</summary>
    public static IApplicationBuilder UseLocalReturnUrls(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.Path.StartsWithSegments(LoginPath.TrimEnd('/')) && request.Query.TryGetValue(Parameter, out var values)
            && !values.All(IsLocal))
        {
            var kept = request.Query.Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
            http.Response.Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(LoginPath, kept));
            return;
        }
        await next(http);
    });
}
