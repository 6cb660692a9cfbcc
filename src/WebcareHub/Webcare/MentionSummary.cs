namespace WebcareHub.Webcare;

/// <summary>A mention as the queue and <c>GET /api/webcare/mentions</c> show it; reasons in words in the asked language.</summary>
public sealed record MentionSummary(
    int Id, string Text, string Platform, string Author, int? AuthorFollowers, string Risk, List<string> RiskReasons,
    List<string> ReasonCodes, bool ContainsPii, List<string> PiiKinds, string Sentiment, string Status, DateTime DueAt,
    DateTime CreatedAt, bool Crisis, bool Escalated, bool PrivateFollowUp)
{
    public static MentionSummary Of(Mention m, RiskPhrases phrases, string language)
    {
        var reasons = m.ReasonList.Select(RiskReason.Parse).ToList();
        return new MentionSummary(m.Id, m.Text, m.Platform, m.Author, m.AuthorFollowers, m.Risk.ToString().ToLowerInvariant(),
            [.. reasons.Select(r => r.Evidence.Length == 0 ? phrases.Label(r.Code, language) : $"{phrases.Label(r.Code, language)}: {Evidence(r, phrases, language)}")],
            [.. reasons.Select(r => r.Code)], m.PiiKinds.Length > 0, [.. m.PiiKindList], m.Sentiment.ToString().ToLowerInvariant(),
            m.Status.ToString(), m.DueAt, m.CreatedAt, m.Crisis, m.EscalatedAt is not null, m.ChatStartedAt is not null);
    }

    /// <summary>The evidence in the page's words: personal-data kinds named ("telefoonnummer"), followers counted ("12000 volgers").</summary>
    private static string Evidence(RiskReason reason, RiskPhrases phrases, string language) => reason.Code switch
    {
        "pii" => string.Join(", ", reason.Evidence.Split(", ").Select(kind => phrases.Label($"pii.{kind}", language))),
        "highReach" or "mediumReach" => reason.Evidence.Replace("followers", phrases.Label("followers", language), StringComparison.Ordinal),
        _ => reason.Evidence,
    };
}
