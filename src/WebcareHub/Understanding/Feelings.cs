namespace WebcareHub.Understanding;

/// <summary>How the bot and the webcare queue read feelings and crisis signals in one text.</summary>
public static class Feelings
{
    /// <summary>
    /// The phrase lists first; when they see no crisis signal, the learned crisis reader may still ask (an unsure
    /// signal), reading the words without figures of speech.
    /// </summary>
    /// <param name="learnedFeelings">False keeps only the feelings the phrase lists, emoji and form of the text showed
    /// (the webcare sentiment model learned from those).</param>
    public static Distress Read(DistressDetector distress, CrisisModel crisis, string text, bool learnedFeelings = true)
    {
        var (all, withoutFiguresOfSpeech, inWords) = distress.Read(text);
        var read = learnedFeelings || all.Kinds.Count == inWords.Count ? all : all with
        {
            Kinds = inWords,
            Reasons = [.. all.Reasons.Where(r => !r.Contains("learned reader", StringComparison.Ordinal))],
        };
        if (read.Signal != CrisisSignal.None) return read;
        var probability = crisis.Probability(withoutFiguresOfSpeech);
        return crisis.Asks(probability, inWords) ? read.WithPossibleCrisis($"possible crisis: learned reader {probability:0.00}") : read;
    }
}
