using System.Text.RegularExpressions;

namespace WebcareHub.Understanding;

/// <summary>
/// Notices anger, anxiety and despair in a message (words, capitals, repeated punctuation, swearing), and a
/// possible suicide signal, which always comes first: 113 and a person, no collection talk.
/// </summary>
public static partial class DistressDetector
{
    private static readonly string[] Crisis =
    [
        "zie het niet meer zitten", "zie het allemaal niet meer zitten", "wil dood", "wil niet meer leven", "niet meer leven",
        "einde aan maken", "een eind aan maken", "er een eind aan", "zelfmoord", "suicide", "mezelf iets aandoen",
        "mijzelf iets aandoen", "mezelf van kant", "niet meer wakker worden", "van een brug", "voor de trein",
        "kill myself", "end my life", "want to die", "don't want to live", "dont want to live", "hurt myself",
    ];

    private static readonly string[] Despair =
    [
        "weet het niet meer", "weet niet meer wat ik moet", "trek het niet meer", "ik kan het niet meer", "ik kan echt niet meer", "ik ben wanhopig",
        "wanhopig", "uitzichtloos", "hopeloos", "ik verzuip", "ik zit helemaal klem", "alles loopt mis", "ik ben alles kwijt",
        "ik red het niet", "ik ga eraan onderdoor", "desperate", "hopeless", "can't cope", "cant cope", "i give up",
        "at the end of my rope", "don't know what to do anymore", "dont know what to do anymore",
    ];

    private static readonly string[] Anxiety =
    [
        "bang", "angst", "angstig", "paniek", "in paniek", "ik lig er wakker van", "slaap er niet van", "slaap niet meer",
        "veel zorgen", "ik maak me zorgen", "zorgen om", "stress", "gestrest", "ik ben ongerust", "scared", "afraid",
        "worried", "anxious", "panic", "can't sleep", "cant sleep",
    ];

    private static readonly string[] Anger =
    [
        "boos", "woedend", "kwaad", "belachelijk", "schandalig", "oplichters", "oplichting", "oplichterij", "idioten", "idioot",
        "waardeloos", "schande", "ik ben het zat", "ben het spuugzat", "klote", "kut", "godverdomme", "tering", "kanker",
        "tyfus", "fuck", "shit", "angry", "furious", "ridiculous", "outrageous", "scam", "scammers", "disgrace", "pathetic",
    ];

    public static Distress Detect(string text)
    {
        var simple = " " + TextNormalizer.Simplify(text) + " ";
        var crisis = ContainsAny(simple, Crisis);
        var despair = ContainsAny(simple, Despair);
        var anxiety = ContainsAny(simple, Anxiety);
        var anger = ContainsAny(simple, Anger) || Shouting(text) || RepeatedPunctuation().IsMatch(text);
        return new Distress(anger, anxiety, despair, crisis);
    }

    private static bool ContainsAny(string simple, string[] phrases) =>
        phrases.Any(p => simple.Contains(" " + TextNormalizer.Simplify(p) + " ", StringComparison.Ordinal));

    /// <summary>Mostly capitals over a real sentence, not an invoice number or a short "OK".</summary>
    private static bool Shouting(string text)
    {
        var withoutCodes = InvoiceOrPostcode().Replace(text, " ");
        var letters = withoutCodes.Where(char.IsLetter).ToList();
        return letters.Count >= 10 && letters.Count(char.IsUpper) >= letters.Count * 0.7;
    }

    [GeneratedRegex(@"[!?]{3,}|!{2,}")]
    private static partial Regex RepeatedPunctuation();

    [GeneratedRegex(@"\b[Ff]\s?-?\d{4}\s?-?\d{5}\b|\b\d{4}\s?[A-Z]{2}\b")]
    private static partial Regex InvoiceOrPostcode();
}

public sealed record Distress(bool Anger, bool Anxiety, bool Despair, bool Crisis)
{
    public bool Any => Anger || Anxiety || Despair || Crisis;
}
