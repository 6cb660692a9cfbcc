namespace WebcareHub.Understanding;

/// <summary>Reads a clear yes or no ("ja hoor", "klopt", "nee", "no thanks"); anything else is not an answer.</summary>
public static class YesNo
{
    private static readonly string[] Yes =
        ["ja", "jawel", "jazeker", "zeker", "klopt", "dat klopt", "akkoord", "prima", "goed", "is goed", "oke", "ok", "okay", "yes", "yep", "yeah", "sure", "correct", "right", "agreed",
            "denk het wel", "ik denk het wel", "soms wel", "i think so"];
    private static readonly string[] No = ["nee", "neen", "nope", "no", "niet", "klopt niet", "dat klopt niet", "liever niet", "not", "incorrect"];

    public static string? Read(string text)
    {
        var words = TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var no = No.Any(n => StartsWith(words, n));
        var yes = !no && Yes.Any(y => StartsWith(words, y));
        return no ? "no" : yes ? "yes" : null;
    }

    private static bool StartsWith(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        return words.Length >= parts.Length && parts.Select((p, i) => words[i] == p).All(x => x);
    }
}
