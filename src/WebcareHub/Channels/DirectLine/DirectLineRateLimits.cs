using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.DirectLine;

/// <summary>
/// Rate limits on the routes that create things (contract section 7): widget tokens and generated tokens per
/// client IP, posted activities per conversation and credential. Polling and stream opens are never limited: the client
/// gives up for good on a 429 there.
/// </summary>
public static class DirectLineRateLimits
{
    public const string ChatTokens = "chat-token";
    public const string GeneratedTokens = "directline-generate";
    public const string PostedActivities = "directline-post";

    public static IHostApplicationBuilder AddDirectLineRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.AddPolicy(ChatTokens, http => PerMinute(ClientIp(http), Options(http).ChatTokensPerMinute));
            o.AddPolicy(GeneratedTokens, http => PerMinute(ClientIp(http), Options(http).GeneratedTokensPerMinute));
            // Per conversation and credential: requests without the conversation's token (refused by 401 afterwards)
            // count in partitions of their own and can never use up the customer's budget.
            o.AddPolicy(PostedActivities, http => PerMinute(
                $"conversation:{http.Request.RouteValues["conversationId"]}:{RandomIds.Hash(http.Request.Headers.Authorization.ToString())}",
                Options(http).ActivitiesPerMinute));
        });
        return builder;
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        if (http.Request.Path.StartsWithSegments(DirectLineEndpoints.Prefix))
        {
            // botframework-directlinejs reads Retry-After as milliseconds.
            http.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalMilliseconds)).ToString();
            await new DirectLineError(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; try again later")
                .ToResult().ExecuteAsync(http);
            return;
        }
        http.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        await TypedResults.Problem(title: "Too many requests; try again in a moment", statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(http);
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
        });

    private static string ClientIp(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// Where a conversation was opened from, kept only as a hash: the client's address (an IPv6 address by its /64, the
    /// part one household or phone holds), so failed checks can be counted per source across conversations.
    /// </summary>
    public static string Source(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return RandomIds.Hash("unknown");
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (bytes.Length == 16) Array.Clear(bytes, 8, 8);
        return RandomIds.Hash(Convert.ToHexString(bytes));
    }

    private static DirectLineOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
}
