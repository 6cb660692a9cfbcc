namespace WebcareHub.FollowUps;

/// <summary>
/// NPS of a set of scores: % promoters (9–10) minus % detractors (0–6), from −100 to +100 in whole points (halves
/// rounded away from zero), with the counts; null when there are no scores (an empty week has no NPS, not 0).
/// </summary>
public sealed record NpsFigures(int Promoters, int Passives, int Detractors, int Total, int? Nps)
{
    public static NpsFigures Of(IEnumerable<int> scores)
    {
        var (promoters, passives, detractors) = (0, 0, 0);
        foreach (var score in scores)
        {
            if (score is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(scores), score, "An NPS score is 0 to 10");
            if (score >= NpsSurveys.PromoterMin) promoters++;
            else if (score <= NpsSurveys.DetractorMax) detractors++;
            else passives++;
        }
        var total = promoters + passives + detractors;
        int? nps = total == 0 ? null : (int)Math.Round((promoters - detractors) * 100m / total, MidpointRounding.AwayFromZero);
        return new NpsFigures(promoters, passives, detractors, total, nps);
    }
}
