using Hangfire;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Staff;

namespace WebcareHub.Webcare;

public static class WebcareSetup
{
    public static IHostApplicationBuilder AddWebcare(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebcareOptions>()
            .BindConfiguration(WebcareOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MediumReachFollowers < o.HighReachFollowers, "Webcare:MediumReachFollowers must be below HighReachFollowers")
            .Validate(o => Uri.TryCreate(o.Meta.GraphBaseUrl, UriKind.Absolute, out _) && Uri.TryCreate(o.X.ApiBaseUrl, UriKind.Absolute, out _),
                "Webcare:Meta:GraphBaseUrl and Webcare:X:ApiBaseUrl must be absolute URLs")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => RiskPhrases.Load(DialogsFolder(sp)));
        builder.Services.AddSingleton(sp => SentimentExamples.Load(DialogsFolder(sp), Understanding.UnderstandingSetup.ModelCacheFolder(sp)));
        builder.Services.AddSingleton<MentionClassifier>();
        builder.Services.AddSingleton(sp => ReplyTemplates.Load(DialogsFolder(sp)));
        builder.Services.AddScoped<MentionIntake>();
        builder.Services.AddScoped<MentionReplies>();
        builder.Services.AddScoped<ReplyOutbox>();
        builder.Services.AddScoped<WebcareEscalation>();
        builder.Services.AddScoped<PrivateChatLinks>();
        builder.Services.AddHttpClient<PlatformConnectors>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return builder;
    }

    public static IEndpointRouteBuilder MapWebcare(this IEndpointRouteBuilder app)
    {
        app.MapMentionWebhooks();
        app.MapMentionEndpoints();
        app.MapPrivateChatLinks();
        app.MapHub<WebcareQueueHub>(WebcareQueueHub.Path).RequireAuthorization(StaffPolicies.ApproveWebcareReplies);
        // The sentiment model is trained (or found) in the background once the app runs, not on the first mention.
        var classifier = app.ServiceProvider.GetRequiredService<MentionClassifier>();
        app.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => _ = Task.Run(classifier.Warm));
        app.ServiceProvider.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WebcareSweepJob>(
            WebcareSweepJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        return app;
    }

    private static string DialogsFolder(IServiceProvider services) =>
        Path.GetFullPath(services.GetRequiredService<IOptions<BotOptions>>().Value.DialogsPath, AppContext.BaseDirectory);
}
