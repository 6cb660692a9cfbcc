namespace WebcareHub.Conversations;

public static class ConversationsSetup
{
    /// <summary>The channel-neutral sender; each channel registers its own <see cref="IConversationChannel"/>.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ConversationChannels>();
        return builder;
    }
}
