using Microsoft.Extensions.Options;
using WebcareHub.Conversations;

namespace WebcareHub.Channels.BotConnector;

public static class BotConnectorSetup
{
    public static IHostApplicationBuilder AddBotConnector(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotConnectorOptions>()
            .BindConfiguration(BotConnectorOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotConnectorOptions>, SettingsCheck>();
        builder.Services.AddSingleton<ServiceUrlPolicy>();
        builder.Services.AddSingleton<ChannelAuthenticator>();
        builder.Services.AddSingleton<BotTokenSource>();
        // No outgoing call of this channel follows a redirect: an allowed host must not pass us on to another.
        builder.Services.AddHttpClient(nameof(ChannelAuthenticator)).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddHttpClient(nameof(BotTokenSource)).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(20)).ConfigurePrimaryHttpMessageHandler(NoRedirects);
        builder.Services.AddScoped<BotConnectorConversations>();
        builder.Services.AddScoped<IConversationChannel>(sp => sp.GetRequiredService<BotConnectorConversations>());
        return builder;
    }

    private static HttpMessageHandler NoRedirects() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };

    private sealed class SettingsCheck : IValidateOptions<BotConnectorOptions>
    {
        public ValidateOptionsResult Validate(string? name, BotConnectorOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
