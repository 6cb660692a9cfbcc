using System.Text.RegularExpressions;

namespace WebcareHub.Understanding;

/// <summary>Everything the bot reads from one message: intents by likelihood, entities and how the customer feels.</summary>
public sealed partial class Understander(IntentClassifier intents, DistressDetector distress, CrisisModel crisis)
{
    /// <summary>All models from a dialogs folder laid out as in the repository (for tools and tests).</summary>
    public static Understander Load(string dialogs, string? cacheFolder = null)
    {
        var understanding = Path.Combine(dialogs, "understanding");
        var intentsPath = Path.Combine(understanding, "intents.yaml");
        var faq = Path.Combine(dialogs, "faq");
        return new Understander(IntentClassifier.Load(intentsPath, faq, cacheFolder), DistressDetector.Load(understanding, cacheFolder),
            CrisisModel.Load(understanding, intentsPath, faq, cacheFolder));
    }

    /// <summary>Saying the money is not there: "kan het (toch) niet betalen", "kan dat nooit ophoesten", "can't pay", "geen geld".</summary>
    [GeneratedRegex(@"\b(?:kan|kun|kon|can't|cant|cannot|can not|couldn't|could not)\b[^.!?\n]{0,30}?\b(?:betalen|betaald krijgen|ophoesten|opbrengen|missen|pay|afford)\b|\b(?:geen geld|no money)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CannotPay();

    /// <summary>How much of one message is read: a customer's longest story fits; a pasted book costs no seconds of CPU.</summary>
    public const int MaxReadLength = 4000;

    /// <summary>The intent of a request to stop something: the conversation's request, or one of its agreements.</summary>
    public const string Cancel = "cancel";

    /// <summary>Intents the turn and the stop of an agreement weigh against each other.</summary>
    public const string Dispute = "dispute", HumanRequest = "human_request", PaymentArrangement = "payment_arrangement";

    /// <summary>From this likelihood on, a dispute or a request for a person wins over a stop of an agreement.</summary>
    private const double OtherRequestConfidence = 0.5;

    /// <summary>A message of more words than this is also read by its first and its last sentence.</summary>
    public const int LongMessageWords = 60;

    /// <summary>How sure the reading of one sentence must be to speak for a long message the whole of which reads unsure.</summary>
    private const double SentenceConfidence = 0.8;

    /// <summary>
    /// A long story dilutes its one request: the words of the whole weigh the request's few. People ask at the end (or
    /// open with it), so a long message whose whole reads less sure than its first or last sentence is read by that
    /// sentence; a short message, or one whose whole reads sure, is read as a whole.
    /// </summary>
    private IntentScores ReadLong(string text, IntentScores whole, Entities entities)
    {
        if (whole.BestScore >= SentenceConfidence || Words().Count(text) <= LongMessageWords) return whole;
        var sentences = Sentence().Split(text).Where(s => Words().Count(s) >= 3).ToList();
        if (sentences.Count < 2) return whole;
        var best = whole;
        foreach (var sentence in (string[])[sentences[^1], sentences[0]])
        {
            var read = intents.Classify(sentence, entities);
            if (read.BestScore >= SentenceConfidence && read.BestScore > best.BestScore) best = read;
        }
        return best;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public MessageUnderstanding Understand(string text, DateOnly today)
    {
        // The start and the end of an overlong message are read: a request or a crisis signal at either end is found.
        if (text.Length > MaxReadLength) text = text[..(MaxReadLength / 2)] + "\n" + text[^(MaxReadLength / 2)..];
        var entities = EntityExtractor.Extract(text, today);
        var scores = ReadLong(text, intents.Classify(text, entities), entities);
        // "Ik kan het toch niet betalen" is no change of mind ("toch maar niet") but money that is not there: a stop
        // would answer it with "Prima, we stoppen hiermee". The other readings decide, as likely as they are among
        // themselves (an arrangement, a dispute).
        if (scores.Best == Cancel && CannotPay().IsMatch(text) && scores.Ranked.Count > 1 && scores.BestScore < 1)
            scores = new IntentScores([.. scores.Ranked.Skip(1).Select(r => (r.Intent, r.Score / (1 - scores.BestScore)))]);
        // The stop wins over the model's other readings ("zeg mijn regeling op, ik ga verhuizen" is no question about
        // moving abroad), except over a confident dispute or request for a person, which reach a person anyway ("klopt
        // niet, nooit een contract gehad. stop de automatische incasso" is a dispute first).
        var stopsAgreement = AgreementStop.AskedIn(text)
            && !(scores.Best is Dispute or HumanRequest && scores.BestScore >= OtherRequestConfidence);
        return new MessageUnderstanding(scores, entities.ForIntent(stopsAgreement ? Cancel : scores.Best), Feelings.Read(distress, crisis, text))
        {
            StopsAgreement = stopsAgreement,
        };
    }
}

public sealed record MessageUnderstanding(IntentScores Intents, Entities Entities, Distress Distress)
{
    /// <summary>
    /// The message asks in so many words to stop one of its agreements ("kan ik mijn betalingsregeling annuleren?"):
    /// the intent is "cancel" however the model ranks it (it reads the arrangement the message names).
    /// </summary>
    public bool StopsAgreement { get; init; }

    public string Intent => StopsAgreement ? Understander.Cancel : Intents.Best;

    /// <summary>The model's likelihood of <see cref="Intent"/>; a stop of an agreement read in so many words is certain.</summary>
    public double Confidence => StopsAgreement ? 1.0 : Intents.BestScore;
}
