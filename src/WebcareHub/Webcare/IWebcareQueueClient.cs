namespace WebcareHub.Webcare;

/// <summary>What the webcare queue page receives over <see cref="WebcareQueueHub"/>.</summary>
public interface IWebcareQueueClient
{
    /// <summary>A mention arrived or changed (drafted, approved, published, escalated, private chat opened).</summary>
    Task MentionChanged(MentionSummary mention);

    /// <summary>A high-risk mention is past its due time without a reply (sent to Supervisors only).</summary>
    Task MentionEscalated(MentionSummary mention);
}
