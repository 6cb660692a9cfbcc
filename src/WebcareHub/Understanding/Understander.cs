namespace WebcareHub.Understanding;

/// <summary>Everything the bot reads from one message: intents by likelihood, entities and how the customer feels.</summary>
public sealed class Understander(IntentClassifier intents, DistressDetector distress, CrisisModel crisis)
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

    /// <summary>How much of one message is read: a customer's longest story fits; a pasted book costs no seconds of CPU.</summary>
    public const int MaxReadLength = 4000;

    public MessageUnderstanding Understand(string text, DateOnly today)
    {
        // The start and the end of an overlong message are read: a request or a crisis signal at either end is found.
        if (text.Length > MaxReadLength) text = text[..(MaxReadLength / 2)] + "\n" + text[^(MaxReadLength / 2)..];
        var entities = EntityExtractor.Extract(text, today);
        var scores = intents.Classify(text, entities);
        return new MessageUnderstanding(scores, entities.ForIntent(scores.Best), Feelings.Read(distress, crisis, text));
    }
}

public sealed record MessageUnderstanding(IntentScores Intents, Entities Entities, Distress Distress)
{
    public string Intent => Intents.Best;

    public double Confidence => Intents.BestScore;
}
