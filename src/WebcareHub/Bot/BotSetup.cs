using WebcareHub.Bot.Dialogs;

namespace WebcareHub.Bot;

public static class BotSetup
{
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DialogCatalogSource>();
        builder.Services.AddOptions<VerificationOptions>()
            .BindConfiguration(VerificationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<DialogRunner>();
        builder.Services.AddScoped<BotActions>();
        builder.Services.AddSingleton<WebcareHub.Faq.FaqAnswers>();
        builder.Services.AddSingleton<IntentLabels>();
        builder.Services.AddScoped<Verification>();
        builder.Services.AddScoped<WebcareHub.Invoices.InvoiceFacts>();
        builder.Services.AddScoped<TurnHandler>();
        builder.Services.AddScoped<BotEventTurn>();
        return builder;
    }

    /// <summary>Loads the dialogs before the app serves anyone, so a broken file stops start-up.</summary>
    public static void LoadDialogs(this IServiceProvider services) => services.GetRequiredService<DialogCatalogSource>();
}
