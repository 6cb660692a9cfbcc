namespace WebcareHub.Understanding;

/// <summary>Reads a clear yes or no ("ja hoor", "klopt", "nee", "no thanks"); anything else is not an answer.</summary>
public static class YesNo
{
    private static readonly string[] Yes =
        ["ja", "jawel", "jazeker", "zeker", "klopt", "dat klopt", "akkoord", "prima", "goed", "is goed", "oke", "ok", "okay", "yes", "yep", "yeah", "sure", "correct", "right", "agreed"];
    private static readonly string[] No = ["nee", "neen", "nope", "no", "niet", "klopt niet", "dat klopt niet", "liever niet", "not", "incorrect"];

    public static string? Read(string text)
    {
        var words = TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var no = No.Any(n => StartsWith(words, n));
        var yes = !no && Yes.Any(y => StartsWith(words, y));
        return no ? "no" : yes ? "yes" : null;
    }

    /// <summary>Hedges that are a yes to "are you thinking of harming yourself?" ("denk het wel", "soms", "misschien"),
    /// wherever they stand ("nee, soms wel"): when unsure, the crisis answer (113 and a person) is the safe one. Never a
    /// yes to anything binding.</summary>
    private static readonly string[] Hedges =
        ["denk het wel", "denk t wel", "soms", "misschien", "weet ik niet", "weet het niet", "weet niet", "niet zeker", "af en toe",
            "een beetje", "beetje", "eigenlijk wel", "wel eens", "weleens", "best wel", "denk er wel aan", "denk eraan", "zou kunnen", "kan zijn",
            "geen idee", "i think so", "i guess", "maybe", "perhaps", "sometimes", "not sure", "don't know", "dont know", "idk", "kind of",
            "kinda", "a bit", "a little"];

    /// <summary>Not wanting to answer the question: "laat maar", "liever niet", "ik wil er niet over praten".</summary>
    private static readonly string[] Refusals =
        ["laat maar", "nee laat maar", "stop", "stoppen", "liever niet", "wil er niet over praten", "ik wil er niet over praten",
            "ik wil hier niet over praten", "wil hier niet over praten", "gaat je niks aan", "gaat je niets aan", "nee gaat je niks aan",
            "gaat jullie niks aan", "gaat jullie niets aan", "geen zin in", "no comment", "leave it", "stop it", "i don't want to talk about it",
            "i dont want to talk about it", "none of your business", "forget it"];

    /// <summary>A plain no to the crisis question in other words.</summary>
    private static readonly string[] Denials = ["denk het niet", "ik denk het niet", "i don't think so", "i dont think so", "zeker niet", "absoluut niet"];

    /// <summary>
    /// The answer to the gentle crisis question: "yes" for a yes anywhere or a hedge anywhere ("denk het wel", "nee, soms
    /// wel", "not sure"), "declined" for not wanting to answer ("laat maar", "liever niet"), "no" for a clear no, else
    /// null. A hedge turned around ("ik denk het wel niet") is no answer.
    /// </summary>
    public static string? ReadConcern(string text)
    {
        var words = TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var yesWord = words.Any(w => w is "ja" or "jawel" or "yes" or "yeah");
        var noWord = words.Any(w => w is "nee" or "neen" or "no");
        // The longest hedge anywhere in the message, with where it ends.
        var hedge = Hedges.Select(h => (Phrase: h, At: IndexOf(words, h))).Where(h => h.At >= 0).OrderByDescending(h => h.Phrase.Length).FirstOrDefault();
        // "stop met vragen, ja ik denk eraan" is a yes: a refusal holds no yes or hedge further on.
        if (Refusals.Any(r => StartsWith(words, r)) && !yesWord && hedge.Phrase is null) return "declined";
        if (Denials.Any(d => StartsWith(words, d))) return "no";
        if (hedge.Phrase is { } phrase)
        {
            var after = hedge.At + phrase.Split(' ').Length;
            return after < words.Length && words[after] is "niet" or "not" ? null : "yes";
        }
        if (yesWord && !noWord) return "yes";
        return Read(text);
    }

    /// <summary>Where a phrase of words first stands in the message, or -1.</summary>
    private static int IndexOf(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Length; i++)
            if (StandsAt(words, i, parts)) return i;
        return -1;
    }

    private static bool StartsWith(string[] words, string phrase) => StandsAt(words, 0, phrase.Split(' '));

    private static bool StandsAt(string[] words, int at, string[] parts) =>
        at + parts.Length <= words.Length && parts.Select((p, i) => words[at + i] == p).All(x => x);
}
