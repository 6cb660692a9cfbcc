using System.Text.Json.Serialization;

namespace WebcareHub.Handoff;

public static class HandoffSetup
{
    public static IEndpointRouteBuilder MapHandoff(this IEndpointRouteBuilder app)
    {
        app.MapHub<AgentConsoleHub>(AgentConsoleHub.Path);
        app.MapCallbacks();
        app.MapChatFiles();
        return app;
    }

    public static IHostApplicationBuilder AddHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpeningHoursOptions>()
            .BindConfiguration(OpeningHoursOptions.Section)
            .ValidateDataAnnotations()
            .Validate(OpeningHours.IsValid, "OpeningHours: use day names with \"HH:mm-HH:mm\", exceptions \"YYYY-MM-DD\" with \"closed\" or \"HH:mm-HH:mm\", and holiday keys such as \"easter-monday\"")
            .ValidateOnStart();
        builder.Services.AddSingleton<OpeningHours>();
        builder.Services.AddScoped<Handoffs>();
        builder.Services.AddScoped<HandoffQueue>();
        builder.Services.AddScoped<AgentRouting>();
        builder.Services.AddScoped<ChatViews>();
        builder.Services.AddSingleton<StaffFileIds>();
        builder.Services.AddScoped<AgreementConfirmations>();
        builder.Services.AddSingleton<CannedAnswers>();
        builder.Services.AddSingleton<AgentPresence>();
        builder.Services.AddSingleton<AbsentAgentSweep>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AbsentAgentSweep>());
        builder.Services.AddSingleton<QueueHistory>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueHistory>());
        builder.Services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Enums travel by name ("Top", "AlreadyPromised"), so the console never depends on their order.
        builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return builder;
    }
}
