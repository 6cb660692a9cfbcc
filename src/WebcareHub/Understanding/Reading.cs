namespace WebcareHub.Understanding;

/// <summary>What the bot makes of a message that is not an answer to a question it asked.</summary>
public enum ReadingKind
{
    /// <summary>A likely suicide signal: 113 and a person, nothing else.</summary>
    Crisis,

    /// <summary>Words that can be a suicide signal: ask gently first.</summary>
    CrisisCheck,

    /// <summary>Start the dialog of <see cref="Reading.Intent"/>.</summary>
    Intent,

    /// <summary>
    /// Two readings are close, or the best is weak: ask which one with both as buttons. When nothing but small
    /// talk or "other" stands beside the best, <see cref="Reading.Alternative"/> is "other": the bot checks the
    /// one reading, with "something else" as the second button.
    /// </summary>
    Clarify,

    /// <summary>Nothing the bot can act on.</summary>
    NotUnderstood,
}

public sealed record Reading(ReadingKind Kind, string? Intent = null, string? Alternative = null)
{
    /// <summary>Intents that never take part in a clarifying question: small talk and "other".</summary>
    private static readonly HashSet<string> SmallTalk = [IntentClassifier.Other, "greeting", "thanks", "cancel"];

    /// <summary>
    /// The one decision the bot and the evaluation share: crisis first; then the likeliest intent, unless the
    /// two likeliest are within <see cref="IntentSettings.ClarifyMargin"/> of each other or the best is below
    /// <see cref="IntentSettings.ClarifyBelow"/>, when the customer is asked which of the two they mean (or,
    /// with no second request in sight, whether they mean the best one). Small talk is started, never asked about.
    /// </summary>
    public static Reading Of(MessageUnderstanding understanding, IntentSettings settings)
    {
        if (understanding.Distress.Signal == CrisisSignal.Likely) return new Reading(ReadingKind.Crisis);
        if (understanding.Distress.Signal == CrisisSignal.Unsure) return new Reading(ReadingKind.CrisisCheck);
        if (understanding.StopsAgreement) return new Reading(ReadingKind.Intent, Understander.Cancel);
        return OfIntents(understanding.Intents, settings);
    }

    /// <summary>The decision on the intents alone, once no crisis signal is in play.</summary>
    public static Reading OfIntents(IntentScores intents, IntentSettings settings)
    {
        var (best, score) = intents.Ranked[0];
        var (second, secondScore) = intents.Second;
        if (score < settings.Threshold || best == IntentClassifier.Other) return new Reading(ReadingKind.NotUnderstood);
        var close = score - secondScore < settings.ClarifyMargin || score < settings.ClarifyBelow;
        if (!close || SmallTalk.Contains(best)) return new Reading(ReadingKind.Intent, best);
        // Two requests: which one? One request and nothing usable beside it: is it this, or something else?
        return !SmallTalk.Contains(second) && secondScore >= settings.Threshold
            ? new Reading(ReadingKind.Clarify, best, second)
            : new Reading(ReadingKind.Clarify, best, IntentClassifier.Other);
    }
}

/// <summary>The decision thresholds, kept in <c>intents.yaml</c> beside the examples they were chosen for.</summary>
public sealed record IntentSettings(double Threshold, double ClarifyBelow, double ClarifyMargin)
{
    public static readonly IntentSettings Default = new(0.2, 0.45, 0.12);
}
