using System.Globalization;
using System.Text;
using WebcareHub.Understanding;

namespace WebcareHub.Webcare;

/// <summary>
/// What the <see cref="SentimentModel"/> learns from: the mention's stemmed words, each emoji as a word of its own
/// (😡 and 🎉 say different things), and as marker words what the word lists and the distress
/// model found (their verdict, sarcasm, indignant punctuation, strong words, the kinds of distress, hostile high-risk categories).
/// </summary>
public static partial class SentimentFeatures
{
    public static string Of(string text, SentimentReading lexicon, Distress feelings, int hostile)
    {
        var features = new StringBuilder(IntentText.Prepare(text, Entities.None));
        foreach (var rune in text.EnumerateRunes().Where(IsEmoji).Distinct()) features.Append(" xe").Append(Letters(rune.Value)).Append('x');
        if (lexicon.Indignant) features.Append(" xindignantx");
        if (Exclaiming().IsMatch(text)) features.Append(" xexclaimx");
        if (text.Count(char.IsUpper) is var upper && upper >= 8 && upper > text.Count(char.IsLower)) features.Append(" xshoutx");
        features.Append(lexicon.Sentiment switch
        {
            MentionSentiment.Negative => " xlexnegx",
            MentionSentiment.Positive => " xlexposx",
            _ => " xlexneutx",
        });
        if (lexicon.Sarcasm) features.Append(" xsarcasmx");
        if (lexicon.StrongNegative) features.Append(" xstrongx");
        foreach (var kind in feelings.Kinds) features.Append(" xfeel").Append(kind.ToString().ToLowerInvariant()).Append('x');
        if (hostile > 0) features.Append(" xhostilex");
        return features.ToString();
    }

    private static bool IsEmoji(Rune rune) => rune.Value >= 0x1F300 || rune.Value is >= 0x2600 and <= 0x27BF;

    /// <summary>The code point as letters only: the featuriser drops digits.</summary>
    private static string Letters(int value) => string.Concat(value.ToString("x", CultureInfo.InvariantCulture)
        .Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c));

    [System.Text.RegularExpressions.GeneratedRegex(@"!\s?!")]
    private static partial System.Text.RegularExpressions.Regex Exclaiming();
}
