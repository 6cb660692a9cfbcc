using WebcareHub.Understanding;

namespace WebcareHub.Webcare;

/// <summary>What the sentiment reading found: the verdict, whether it is strongly negative, and the words behind it.</summary>
/// <param name="Rating">A review's own star rating (1 to 5: "2 sterren", "4/5", "1 star"), when the author gave one.</param>
public sealed record SentimentReading(MentionSentiment Sentiment, bool StrongNegative, IReadOnlyList<string> Evidence, bool Sarcasm = false, bool Indignant = false, int? Rating = null);

/// <summary>
/// Negative, neutral or positive from the word lists in risk.yaml (Dutch and English): negative cues count −1,
/// strong ones −2, positive words and relief ("zonder gedoe", "eindelijk rust") +1, a negated positive ("niet tevreden") −2. A positive word with a sarcasm
/// cue ("bedankt voor niks", "top hoor 🙄") is negative; so is a tie with both sides present (a polite complaint).
/// Feelings the distress model reads (anger, fear, despair) count as negative too.
/// </summary>
public sealed partial class SentimentReader(RiskPhrases phrases)
{
    /// <param name="hostile">High-risk categories found that carry a negative feeling themselves (legal threat, fraud, abuse…).</param>
    public SentimentReading Read(string text, Distress distress, int hostile)
    {
        var polite = phrases.Book.Read(text).Without(phrases.IgnoreForSentiment);
        var relief = polite.AllMatches(phrases.Relief).Select(m => m.Words).Distinct().ToList();
        var read = polite.Without(phrases.Relief);
        var evidence = new List<string>();
        var negative = read.AllMatches(phrases.Negative).Select(m => m.Words).Distinct().ToList();
        var strong = read.AllMatches(phrases.StrongNegative).Select(m => m.Words).Distinct().ToList();
        var positive = read.AllMatches(phrases.Positive).Select(m => m.Words).Distinct().Concat(relief).ToList();
        var negated = read.AllMatches(phrases.NegatedPositive).Select(m => m.Words).Distinct().ToList();
        var negEmoji = phrases.NegativeEmoji.Count(e => text.Contains(e, StringComparison.Ordinal));
        var posEmoji = phrases.PositiveEmoji.Count(e => text.Contains(e, StringComparison.Ordinal));
        var feelings = distress.Kinds.Count(k => k is DistressKind.Anger or DistressKind.Despair or DistressKind.Fear);
        var positives = Math.Max(0, positive.Count - negated.Count) + posEmoji;
        // "Op zondag??", "Mag dat?!": doubled question marks are indignation, not a question.
        var indignant = Indignation().IsMatch(text) ? 1 : 0;
        if (indignant > 0) evidence.Add("\"??\"");
        var negatives = negative.Count + negEmoji + feelings + hostile + indignant;
        var score = positives - negatives - 2 * strong.Count - 2 * negated.Count;
        evidence.AddRange(strong.Concat(negative).Concat(negated).Select(w => $"\"{w}\""));

        var sarcasm = positive.Count > 0 && (read.AllMatches(phrases.Sarcasm).Any()
            || (negatives + strong.Count > 0 && read.AllMatches(phrases.SarcasmWithComplaint).Any())
            || phrases.SarcasmEmoji.Any(e => text.Contains(e, StringComparison.Ordinal))
            || ScareQuoted(text, positive));
        if (sarcasm) evidence.Add("sarcasm");
        var anger = distress.Kinds.Contains(DistressKind.Anger);
        var isNegative = sarcasm || score < 0 || (score == 0 && positives > 0 && negatives + strong.Count > 0);
        var sentiment = isNegative ? MentionSentiment.Negative : score > 0 ? MentionSentiment.Positive : MentionSentiment.Neutral;
        if (sentiment == MentionSentiment.Positive) evidence.AddRange(positive.Select(w => $"\"{w}\""));
        // Sarcasm alone is negative but not strongly so; strong words, a pile of complaints or anger with them are.
        var strongNegative = isNegative && (strong.Count > 0 || negative.Count + negEmoji >= 3 || (anger && negative.Count + negEmoji >= 2));
        return new SentimentReading(sentiment, strongNegative, evidence, sarcasm, indignant > 0, RatingIn(text));
    }

    /// <summary>The star rating a review gives itself, if it gives exactly one ("3 sterren", "4/5", "1 star").</summary>
    public static int? RatingIn(string text)
    {
        var ratings = StarRating().Matches(text).Select(m => int.Parse(m.Groups["stars"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        return ratings.Count == 1 ? ratings[0] : null;
    }

    /// <summary>One to five stars as reviews write them: "2 sterren", "1 ster", "4/5", "3 van de 5", "5 stars", "4.5/5".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/])(?<stars>[1-5])(?:[.,]5)?\s*(?:/\s*5(?!\d)|(?:van|uit|op|out of|of)\s+(?:de\s+)?5(?!\d)|sterren\b|ster\b|stars?\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StarRating();

    /// <summary>Scare quotes around a positive word ("'service'") are sarcasm.</summary>
    private static bool ScareQuoted(string text, IEnumerable<string> positive) =>
        positive.Any(w => text.Contains($"\"{w}\"", StringComparison.OrdinalIgnoreCase) || text.Contains($"'{w}'", StringComparison.OrdinalIgnoreCase)
            || text.Contains($"“{w}”", StringComparison.OrdinalIgnoreCase));

    [System.Text.RegularExpressions.GeneratedRegex(@"\?\s?\?|\?!|!\?")]
    private static partial System.Text.RegularExpressions.Regex Indignation();
}
