using WebcareHub.Conversations;

namespace WebcareHub.Handoff;

/// <summary>What the agent console's JavaScript receives from <see cref="AgentConsoleHub"/>.</summary>
public interface IAgentConsoleClient
{
    /// <summary>The queue changed (a chat came in, was claimed or released); the page asks for it again.</summary>
    Task QueueChanged();

    /// <summary>The customer of a chat the agent owns wrote something, or sent files (opened through <see cref="ChatFileEndpoint"/>).</summary>
    Task CustomerMessage(int handoffId, string text, DateTime at, IReadOnlyList<ChatFile> files);

    /// <summary>
    /// The customer of a chat the agent owns wrote a possible suicide signal (likely, or one the bot would ask about):
    /// the console puts the 113 guidance in front of the agent at once.
    /// </summary>
    Task CrisisSignal(int handoffId, bool likely);

    /// <summary>A colleague handed this chat over to the agent.</summary>
    Task ChatAssigned(int handoffId);

    /// <summary>A supervisor gave this agent's chat to a colleague: it is no longer theirs.</summary>
    Task ChatTakenAway(int handoffId);

    /// <summary>The bot finished checking who the customer is, as the agent asked: verified or not.</summary>
    Task VerificationEnded(int handoffId, bool verified);

    /// <summary>A chat a supervisor reads along changed (a new line from the customer, the bot or the agent, a note): ask for it again.</summary>
    Task ChatUpdated(int handoffId);

    /// <summary>The customer of a chat the agent owns is typing.</summary>
    Task CustomerTyping(int handoffId);
}
