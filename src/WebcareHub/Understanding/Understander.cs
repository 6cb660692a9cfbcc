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
        if (whole.BestScore >= SureOfTheWhole || Words().Count(text) <= LongMessageWords) return whole;
        var sentences = Sentence().Split(text).Where(s => Words().Count(s) >= 3).ToList();
        if (sentences.Count < 2) return whole;
        // The last sentence that asks something: a closing "alvast bedankt, groet Anna" asks nothing.
        var last = sentences.TakeLast(3).Reverse().Select(s => intents.Classify(s, entities))
            .FirstOrDefault(r => r.Best is not ("thanks" or "greeting" or IntentClassifier.Other));
        var best = whole;
        foreach (var read in (IntentScores?[])[last, intents.Classify(sentences[0], entities)])
        {
            if (read is null || read.BestScore < SentenceConfidence) continue;
            // Unsure as a whole: the surer sentence speaks. Fairly sure as a whole: only a clear request of another kind.
            if (best.BestScore < SentenceConfidence ? read.BestScore > best.BestScore : read.BestScore >= ClearSentence && read.Best != whole.Best && best == whole)
                best = read;
        }
        return best;
    }

    /// <summary>A long message read this sure as a whole is read as a whole.</summary>
    private const double SureOfTheWhole = 0.995;

    /// <summary>How sure a first or last sentence must be to speak over a fairly sure reading of the whole.</summary>
    private const double ClearSentence = 0.9;

    /// <summary>How much of an overlong message's middle is searched for a crisis signal (a pasted book is not read whole).</summary>
    public const int MaxCrisisReadLength = 64_000;

    /// <summary>
    /// A crisis signal may sit anywhere in a long story: the middle of an overlong message is read in overlapping
    /// pieces (a sentence at a seam is whole in one of them), and a stronger signal there speaks for the message.
    /// </summary>
    private Distress CrisisInTheMiddle(string whole, Distress read)
    {
        const int overlap = 400;
        var middle = whole[(MaxReadLength / 2)..^(MaxReadLength / 2)];
        if (middle.Length > MaxCrisisReadLength) middle = middle[..MaxCrisisReadLength];
        for (var start = 0; start < middle.Length; start += MaxReadLength - overlap)
        {
            var piece = middle.Substring(Math.Max(0, start - overlap), Math.Min(MaxReadLength, middle.Length - Math.Max(0, start - overlap)));
            var found = Feelings.Read(distress, crisis, piece);
            if (found.Signal > read.Signal) read = found;
            if (read.Signal == CrisisSignal.Likely) break;
        }
        return read;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <summary>
    /// The feelings and the crisis signal of a message, read as <see cref="Understand"/> reads them, without its request:
    /// all a line to an agent needs (the bot stays out of that chat).
    /// </summary>
    public Distress FeelingsOf(string text)
    {
        var feelings = Feelings.Read(distress, crisis, Shortened(text));
        return text.Length > MaxReadLength && feelings.Signal != CrisisSignal.Likely ? CrisisInTheMiddle(text, feelings) : feelings;
    }

    /// <summary>An overlong message as its start and its end.</summary>
    private static string Shortened(string text) =>
        text.Length > MaxReadLength ? text[..(MaxReadLength / 2)] + "\n" + text[^(MaxReadLength / 2)..] : text;

    public MessageUnderstanding Understand(string text, DateOnly today)
    {
        // The start and the end of an overlong message are read for its request; a crisis signal is looked for in its
        // middle too (see CrisisInTheMiddle).
        var whole = text;
        text = Shortened(text);
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
        return new MessageUnderstanding(scores, entities.ForIntent(stopsAgreement ? Cancel : scores.Best), FeelingsOf(whole))
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
