using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WebcareHub.Understanding;

namespace WebcareHub.Webcare;

/// <summary>One reason for a mention's risk: a code (legal, press, pii, …) and the words that made it so.</summary>
public sealed record RiskReason(string Code, string Evidence)
{
    public override string ToString() => Evidence.Length == 0 ? Code : $"{Code}: {Evidence}";

    public static RiskReason Parse(string line) => line.IndexOf(": ", StringComparison.Ordinal) is var at and > 0
        ? new RiskReason(line[..at], line[(at + 2)..])
        : new RiskReason(line, "");
}

public sealed record MentionClassification(
    MentionRisk Risk, IReadOnlyList<RiskReason> Reasons, IReadOnlyList<PiiMatch> Pii, MentionSentiment Sentiment, bool Crisis)
{
    public IReadOnlyList<string> PiiKinds => [.. Pii.Select(p => p.Kind).Distinct()];
}

/// <summary>
/// Reads a public mention: high when anything in risk.yaml's high categories matches, on a possible crisis
/// signal (the understanding's distress and learned crisis models, also an unsure signal: here a false alarm costs a look, a miss a
/// life), or on high reach; medium on negative sentiment, personal data posted publicly or considerable reach;
/// otherwise low (questions, praise). What the author did before (again within 24 h, a burst about one
/// creditor) is added by <see cref="MentionIntake"/>, which knows the stored mentions.
/// </summary>
public sealed partial class MentionClassifier
{
    private readonly RiskPhrases phrases;
    private readonly DistressDetector distress;
    private readonly CrisisModel crisisModel;
    private readonly IOptions<WebcareOptions> options;
    private readonly SentimentReader _sentiment;
    private readonly Lazy<SentimentModel> _sentimentModel;

    public MentionClassifier(RiskPhrases phrases, DistressDetector distress, CrisisModel crisisModel, SentimentExamples sentimentExamples,
        IOptions<WebcareOptions> options)
    {
        this.phrases = phrases;
        this.distress = distress;
        this.crisisModel = crisisModel;
        this.options = options;
        _sentiment = new SentimentReader(phrases);
        _sentimentModel = new(() => SentimentModelFor(sentimentExamples));
    }

    /// <summary>Sentiment models by their examples and the lists' reading of a few of them: reading every example
    /// takes seconds, so classifiers with the same files (test hosts, the evaluation) share one.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<SentimentModel>> SentimentModels = new();

    /// <summary>Trains (or finds) the sentiment model, so the first mention does not wait for it.</summary>
    public void Warm() => _ = _sentimentModel.Value;

    /// <summary>The model learns from the examples read through the same lists and models as a mention.</summary>
    private SentimentModel SentimentModelFor(SentimentExamples examples)
    {
        var probe = examples.Items.Take(16).Select(e => Read(e.Text).Features);
        var key = ModelFiles.Hash(examples.Items.Select(e => $"{e.Sentiment}\t{e.Text}").Concat(probe));
        return SentimentModels.GetOrAdd(key, _ => new Lazy<SentimentModel>(() =>
            new SentimentModel(examples.Items.Select(e => (e.Sentiment, Read(e.Text).Features)), examples.CacheFolder))).Value;
    }

    public RiskPhrases Phrases => phrases;

    public MentionClassification Classify(string text, int? followers)
    {
        var settings = options.Value;
        var mention = Read(text);
        var reasons = new List<RiskReason>(mention.HighReasons);
        if (followers >= settings.HighReachFollowers) reasons.Add(new RiskReason("highReach", $"{followers} followers"));
        var high = reasons.Count > 0;

        if (mention.Pii.Count > 0) reasons.Add(new RiskReason("pii", string.Join(", ", mention.Pii.Select(p => p.Kind).Distinct())));
        var (sentiment, strongNegative, evidence) = Sentiment(mention);
        if (strongNegative) reasons.Add(new RiskReason("strongNegative", evidence));
        else if (sentiment == MentionSentiment.Negative) reasons.Add(new RiskReason("negative", evidence));
        // Strong words shouted in capitals ("SCHANDALIG BEDRIJF, WALGELIJK") are fury in public: high.
        if (!high && sentiment == MentionSentiment.Negative && mention.Lexicon.StrongNegative && TextNormalizer.MostlyCapitals(text))
        {
            high = true;
            reasons.Add(new RiskReason("fury", evidence));
        }
        if (!high && followers >= settings.MediumReachFollowers) reasons.Add(new RiskReason("mediumReach", $"{followers} followers"));
        if (string.IsNullOrWhiteSpace(text)) reasons.Add(new RiskReason("noText", ""));

        var risk = high ? MentionRisk.High : reasons.Count > 0 ? MentionRisk.Medium : MentionRisk.Low;
        return new MentionClassification(risk, reasons, mention.Pii, sentiment, mention.Crisis);
    }

    /// <summary>
    /// The learned model decides the tone, unless a review rates itself in stars; the word lists' words are the
    /// evidence staff read when they agree, else the model's certainty. Strongly negative needs the lists' strong
    /// words, or a negative the model is sure of.
    /// </summary>
    private (MentionSentiment Sentiment, bool StrongNegative, string Evidence) Sentiment(MentionReading mention)
    {
        var lexicon = mention.Lexicon;
        // A review's own stars say how its author feels ("4 sterren, enkel jammer dat …" is positive): no model needed.
        if (lexicon.Rating is { } stars)
        {
            var rated = stars <= 2 ? MentionSentiment.Negative : stars == 3 ? MentionSentiment.Neutral : MentionSentiment.Positive;
            return (rated, rated == MentionSentiment.Negative && lexicon.StrongNegative, $"{stars}/5");
        }
        var probabilities = _sentimentModel.Value.Probabilities(mention.Features);
        var sentiment = probabilities.MaxBy(p => p.Value).Key;
        var evidence = sentiment == lexicon.Sentiment && lexicon.Evidence.Count > 0
            ? string.Join(", ", lexicon.Evidence.Take(4))
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"model {probabilities[sentiment]:P0}");
        var strong = sentiment == MentionSentiment.Negative && (lexicon.StrongNegative || (probabilities[sentiment] >= 0.9 && lexicon.Sentiment == sentiment));
        return (sentiment, strong, evidence);
    }

    /// <summary>What the lists and the understanding's models read in a mention, and the sentiment model's features.</summary>
    private MentionReading Read(string text)
    {
        var pii = PiiFinder.Find(text);
        // E-mail addresses and numbers carry no feeling ("@" read as masked swearing), so the models read without them.
        var words = WithoutPii(text, pii);
        // The sentiment model learned from the phrase lists' feelings, so it reads those.
        var feelings = Understanding.Feelings.Read(distress, crisisModel, words, learnedFeelings: false);
        var read = phrases.Book.Read(SplitHandles(words));
        var extra = read.AllMatches(phrases.CrisisExtra).FirstOrDefault();
        var crisis = feelings.Signal != CrisisSignal.None || extra is not null;
        var reasons = new List<RiskReason>();
        if (crisis)
        {
            reasons.Add(new RiskReason("crisis", extra is null
                ? string.Join("; ", feelings.Reasons.Where(r => r.Contains("crisis", StringComparison.Ordinal)))
                : $"\"{extra.Words}\""));
        }
        var hostile = crisis ? 1 : 0;
        foreach (var (code, patterns) in phrases.High)
        {
            if (read.AllMatches(patterns).FirstOrDefault() is not { } match) continue;
            reasons.Add(new RiskReason(code, $"\"{match.Words}\""));
            if (!phrases.NotHostile.Contains(code)) hostile++;
        }
        var lexicon = _sentiment.Read(words, feelings, hostile);
        return new MentionReading(pii, crisis, reasons, lexicon, SentimentFeatures.Of(words, lexicon, feelings, hostile));
    }

    private sealed record MentionReading(IReadOnlyList<PiiMatch> Pii, bool Crisis, IReadOnlyList<RiskReason> HighReasons, SentimentReading Lexicon, string Features);

    private static string WithoutPii(string text, IReadOnlyList<PiiMatch> pii)
    {
        var chars = text.ToCharArray();
        foreach (var p in pii) Array.Fill(chars, ' ', p.Start, p.Length);
        return new string(chars);
    }

    /// <summary>
    /// Handles and tags without their sign, in their place ("ik heb @PvdA gemaild" as "ik heb PvdA gemaild"), and the
    /// words of each camel-case or underscored one at the end ("@TrosRadar" and "#ACM_NL" also as "Tros Radar" and "ACM
    /// NL"), so a list can name an account or the words in it without pushing the words around it apart.
    /// </summary>
    private static string SplitHandles(string text)
    {
        var split = new List<string>();
        var whole = HandleOrTag().Replace(text, m =>
        {
            var name = m.Value[1..];
            var words = CamelHump().Replace(name.Replace('_', ' '), " $1");
            if (words != name) split.Add(words);
            return name;
        });
        return split.Count == 0 ? whole : $"{whole} . {string.Join(" . ", split)}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[@#]\w+")]
    private static partial System.Text.RegularExpressions.Regex HandleOrTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{Ll})(\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex CamelHump();
}
