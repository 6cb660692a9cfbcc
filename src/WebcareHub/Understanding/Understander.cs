namespace WebcareHub.Understanding;

/// <summary>Everything the bot reads from one message: intents by likelihood, entities and how the customer feels.</summary>
public sealed class Understander(IntentClassifier intents, DistressDetector distress)
{
    public MessageUnderstanding Understand(string text, DateOnly today)
    {
        var entities = EntityExtractor.Extract(text, today);
        return new MessageUnderstanding(intents.Classify(text, entities), entities, distress.Detect(text));
    }
}

public sealed record MessageUnderstanding(IntentScores Intents, Entities Entities, Distress Distress)
{
    public string Intent => Intents.Best;

    public double Confidence => Intents.BestScore;
}
