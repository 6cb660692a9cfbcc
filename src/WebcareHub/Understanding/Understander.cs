namespace WebcareHub.Understanding;

/// <summary>Everything the bot reads from one message: intent, entities and how the customer feels.</summary>
public sealed class Understander(IntentClassifier intents)
{
    public MessageUnderstanding Understand(string text, DateOnly today)
    {
        var entities = EntityExtractor.Extract(text, today);
        var (intent, confidence) = intents.Classify(text, entities);
        return new MessageUnderstanding(intent, confidence, entities, DistressDetector.Detect(text));
    }
}

public sealed record MessageUnderstanding(string Intent, double Confidence, Entities Entities, Distress Distress);
