namespace WebcareHub.Agreements;

/// <summary>
/// Who makes an agreement. The bot keeps to the strict policy (a short term after a broken promise, none
/// after two); an agent may agree a normal term after broken promises.
/// </summary>
public sealed record AgreementAuthor(string RecordedBy, bool IsAgent)
{
    public static AgreementAuthor Bot(string conversationKey) => new(conversationKey, IsAgent: false);

    public static AgreementAuthor Agent(string agentId) => new("agent:" + agentId, IsAgent: true);
}
