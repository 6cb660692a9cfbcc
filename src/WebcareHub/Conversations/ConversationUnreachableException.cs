namespace WebcareHub.Conversations;

/// <summary>The conversation's channel did not take an activity (it is down, refused it, or may no longer be called).</summary>
public sealed class ConversationUnreachableException(string message) : Exception(message);
