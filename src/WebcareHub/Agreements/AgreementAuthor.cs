namespace WebcareHub.Agreements;

/// <summary>
/// Who makes an agreement. The bot keeps to the strict policy (a short term after a broken promise, none
/// after two); an agent may agree a normal term after broken promises.
/// </summary>
/// <param name="Language">"nl" or "en": the language of the written summary.</param>
public sealed record AgreementAuthor(string RecordedBy, bool IsAgent, string Language = "nl")
{
    public static AgreementAuthor Bot(string conversationKey, string language = "nl") => new(conversationKey, IsAgent: false, language);

    public static AgreementAuthor Agent(string agentId, string language = "nl") => new("agent:" + agentId, IsAgent: true, language);
}
