using WebcareHub.Conversations;

namespace WebcareHub.Channels.DirectLine;

public static class DirectLineSetup
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Uploads.ContentTypes.All(FileSignatures.IsKnown),
                $"DirectLine:Uploads:ContentTypes: only types whose first bytes are checked can be accepted ({string.Join(", ", FileSignatures.Known)})")
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
        builder.Services.AddScoped<IConversationChannel, DirectLineConversations>();
        builder.Services.AddSingleton<ConversationLimits>();

        builder.AddDirectLineRateLimits();
        return builder;
    }
}
