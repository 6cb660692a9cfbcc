using Microsoft.Extensions.Options;

namespace WebcareHub.Understanding;

public static class UnderstandingSetup
{
    public static IHostApplicationBuilder AddUnderstanding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UnderstandingOptions>()
            .BindConfiguration(UnderstandingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Understanding:TimeZone is not a known time zone")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => IntentClassifier.Load(
            Path.GetFullPath(sp.GetRequiredService<IOptions<UnderstandingOptions>>().Value.IntentsPath, AppContext.BaseDirectory)));
        builder.Services.AddSingleton<Understander>();
        builder.Services.AddSingleton<CustomerClock>();
        return builder;
    }
}
