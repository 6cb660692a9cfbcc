using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Handoff;

public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>How long an agent may be disconnected before their chats go back to the queue.</summary>
    [Range(5, 3600)] public int AgentGraceSeconds { get; init; } = 60;
}
