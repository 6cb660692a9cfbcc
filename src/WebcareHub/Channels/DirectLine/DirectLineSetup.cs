using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WebcareHub.Channels.DirectLine;

public static class DirectLineSetup
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ConversationStreams>();
        builder.Services.AddSingleton<StreamTokens>();
        builder.Services.AddSingleton<DirectLineOrigins>();
        builder.Services.AddSingleton<TurnQueue>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        builder.Services.AddScoped<DirectLineAuth>();
        builder.Services.AddScoped<TokenIssuer>();
        builder.Services.AddScoped<ConversationStore>();
        builder.Services.AddScoped<DirectLineBot>();
        builder.Services.AddScoped<ActivityIntake>();

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(ChatTokenEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.ChatTokensPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder;
    }
}
