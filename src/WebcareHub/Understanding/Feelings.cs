namespace WebcareHub.Understanding;

/// <summary>How the bot and the webcare queue read feelings and crisis signals in one text.</summary>
public static class Feelings
{
    /// <summary>
    /// The phrase lists first; when they see no crisis signal, the learned crisis reader may still ask (an unsure
    /// signal), reading the words without figures of speech.
    /// </summary>
    public static Distress Read(DistressDetector distress, CrisisModel crisis, string text)
    {
        var (read, withoutFiguresOfSpeech, feltInWords) = distress.Read(text);
        if (read.Signal != CrisisSignal.None) return read;
        var probability = crisis.Probability(withoutFiguresOfSpeech);
        return crisis.Asks(probability, feltInWords) ? read.WithPossibleCrisis($"possible crisis: learned reader {probability:0.00}") : read;
    }
}
