using Microsoft.Extensions.Options;
using WebcareHub.Common;
using WebcareHub.Faq;

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
        builder.Services.AddSingleton(sp => FaqLibrary.Load(FolderOf(sp, o => o.FaqPath)));
        builder.Services.AddSingleton(sp => IntentClassifier.Load(FolderOf(sp, o => o.IntentsPath), FolderOf(sp, o => o.FaqPath),
            ModelCacheFolder(sp)));
        builder.Services.AddSingleton(sp => IntentExamples.Settings(FolderOf(sp, o => o.IntentsPath)));
        builder.Services.AddSingleton(sp => DistressDetector.Load(Path.GetDirectoryName(FolderOf(sp, o => o.IntentsPath))!, ModelCacheFolder(sp)));
        builder.Services.AddSingleton(sp => CrisisModel.Load(Path.GetDirectoryName(FolderOf(sp, o => o.IntentsPath))!,
            FolderOf(sp, o => o.IntentsPath), FolderOf(sp, o => o.FaqPath), ModelCacheFolder(sp)));
        builder.Services.AddSingleton<Understander>();
        builder.Services.AddSingleton<CustomerClock>();
        return builder;
    }

    /// <summary>Loads (or trains) the models before the app serves anyone, so the first customer does not wait for them.</summary>
    public static void LoadUnderstanding(this IServiceProvider services) => services.GetRequiredService<Understander>();

    /// <summary>Where trained models are kept between runs (<c>Understanding:ModelCachePath</c>); null keeps them in memory only.</summary>
    public static string? ModelCacheFolder(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<UnderstandingOptions>>().Value.ModelCachePath;
        return string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
    }

    private static string FolderOf(IServiceProvider services, Func<UnderstandingOptions, string> path) =>
        Path.GetFullPath(path(services.GetRequiredService<IOptions<UnderstandingOptions>>().Value), AppContext.BaseDirectory);
}
