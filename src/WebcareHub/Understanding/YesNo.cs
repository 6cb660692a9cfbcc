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

    /// <summary>Hedges that are a yes to "are you thinking of harming yourself?" ("denk het wel", "soms", "misschien"):
    /// when unsure, the crisis answer (113 and a person) is the safe one. Never a yes to anything binding.</summary>
    private static readonly string[] Hedges =
        ["denk het wel", "ik denk het wel", "denk t wel", "soms", "soms wel", "misschien", "misschien wel", "weet ik niet", "ik weet het niet",
            "weet niet", "ik weet niet", "af en toe", "een beetje", "i think so", "maybe", "sometimes", "not sure", "i don't know", "i dont know", "kinda"];

    /// <summary>Not wanting to answer the question: "laat maar", "stop", "ik wil er niet over praten".</summary>
    private static readonly string[] Refusals =
        ["laat maar", "stop", "stoppen", "wil er niet over praten", "ik wil er niet over praten", "ik wil hier niet over praten", "wil hier niet over praten",
            "gaat je niks aan", "gaat je niets aan", "gaat jullie niks aan", "gaat jullie niets aan", "geen zin in", "leave it", "stop it",
            "i don't want to talk about it", "i dont want to talk about it", "none of your business", "forget it"];

    /// <summary>
    /// The answer to the gentle crisis question: "yes" also for a hedge ("denk het wel", "misschien"), "no" for a clear
    /// no, "declined" for not wanting to answer ("laat maar", "ik wil er niet over praten"), else null. A hedge turned
    /// around ("ik denk het wel niet") is no answer.
    /// </summary>
    public static string? ReadConcern(string text)
    {
        var words = TextNormalizer.Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        // "stop met vragen, ja ik denk eraan" is a yes: a refusal holds no yes further on.
        if (Refusals.Any(r => StartsWith(words, r)) && !words.Any(w => w is "ja" or "jawel" or "yes" or "yeah" or "wel")) return "declined";
        if (Read(text) is { } clear) return clear;
        // A yes further on counts too ("stop met vragen, ja ik denk eraan"), unless a no stands beside it.
        if (words.Any(w => w is "ja" or "jawel" or "yes" or "yeah") && !words.Any(w => w is "nee" or "neen" or "no")) return "yes";
        var hedge = Hedges.Where(h => StartsWith(words, h)).MaxBy(h => h.Length);
        if (hedge is null) return null;
        var after = words.Skip(hedge.Split(' ').Length).FirstOrDefault();
        return after is "niet" or "not" or "nee" or "no" ? null : "yes";
    }

    private static bool StartsWith(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        return words.Length >= parts.Length && parts.Select((p, i) => words[i] == p).All(x => x);
    }
}
