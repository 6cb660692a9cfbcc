namespace WebcareHub.Channels.BotConnector;

public static class BotConnectorSetup
{
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotConnectorOptions>()
            .BindConfiguration(BotConnectorOptions.Section)
            .Validate(o => o.IsLocalMode || o.MicrosoftAppPassword.Length > 0,
                "BotConnector:MicrosoftAppPassword is required when BotConnector:MicrosoftAppId is set")
            .ValidateOnStart();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddSingleton<ChannelAuthenticator>();
        builder.Services.AddHttpClient(nameof(BotTokenSource));
        builder.Services.AddSingleton<BotTokenSource>();
        builder.Services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(20));
        return builder;
    }
}
