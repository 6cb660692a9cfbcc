using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WebcareHub.Understanding;

/// <summary>
/// Picks the intent whose example phrases (dialogs/understanding/intents.yaml) are closest to a message:
/// TF-IDF over character trigrams and words, cosine similarity, best example per intent. Trigrams keep
/// typos close ("factuut", "betalingsregling"); a date, amount or invoice number counts as a word of its own,
/// so "ik betaal de 25e" is near "ik betaal vrijdag".
/// </summary>
public sealed class IntentClassifier
{
    public const string Other = "other";

    /// <summary>Function words carry no intent; left in, they make any two short sentences look alike.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "me", "mij", "mijn", "jouw",
        "uw", "is", "ben", "bent", "zijn", "was", "dit", "dat", "die", "deze", "er", "hier", "daar", "in", "op", "aan",
        "van", "voor", "met", "te", "om", "tot", "bij", "naar", "uit", "ook", "nog", "al", "dan", "toch", "even", "wel",
        "hoor", "eigenlijk", "graag", "aub", "alsjeblieft", "alstublieft",
        "the", "a", "an", "and", "or", "i", "you", "we", "he", "she", "it", "they", "my", "your", "me", "is", "are", "am",
        "was", "be", "this", "that", "these", "there", "here", "in", "on", "at", "of", "for", "with", "to", "from", "by",
        "do", "does", "did", "please", "just", "so", "very", "too",
    ];
    private readonly List<(string Intent, Dictionary<string, double> Vector)> _examples = [];
    private readonly Dictionary<string, double> _idf = [];
    private readonly Dictionary<string, Dictionary<string, double>> _centroids = [];
    private readonly double _threshold;

    public IntentClassifier(IntentExamples examples)
    {
        _threshold = examples.Threshold;
        var documents = examples.Intents
            .SelectMany(i => i.Value.Select(phrase => (Intent: i.Key, Features: Features(phrase, EntityExtractor.Extract(phrase, AnyDay)))))
            .ToList();
        var documentFrequency = new Dictionary<string, int>();
        foreach (var (_, features) in documents)
        {
            foreach (var f in features.Keys) documentFrequency[f] = documentFrequency.GetValueOrDefault(f) + 1;
        }
        foreach (var (feature, count) in documentFrequency) _idf[feature] = Math.Log((documents.Count + 1.0) / (count + 1.0)) + 1.0;
        foreach (var (intent, features) in documents) _examples.Add((intent, Weigh(features)));
        foreach (var group in _examples.GroupBy(e => e.Intent)) _centroids[group.Key] = Centroid(group.Select(e => e.Vector));
    }

    private static Dictionary<string, double> Centroid(IEnumerable<Dictionary<string, double>> vectors)
    {
        var sum = new Dictionary<string, double>();
        foreach (var vector in vectors)
        {
            foreach (var (key, value) in vector) sum[key] = sum.GetValueOrDefault(key) + value;
        }
        var norm = Math.Sqrt(sum.Values.Sum(v => v * v));
        return sum.ToDictionary(kv => kv.Key, kv => kv.Value / norm);
    }

    public IReadOnlyCollection<string> Intents => _examples.Select(e => e.Intent).Distinct().ToList();

    public static IntentClassifier Load(string path)
    {
        var examples = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<IntentExamples>(File.ReadAllText(path));
        if (examples.Intents.Count == 0) throw new InvalidOperationException($"{path} defines no intents");
        return new IntentClassifier(examples);
    }

    public (string Intent, double Confidence) Classify(string text) => Classify(text, EntityExtractor.Extract(text, AnyDay));

    /// <summary>Classifies with the entities the caller already found, so a message is read only once.</summary>
    public (string Intent, double Confidence) Classify(string text, Entities entities)
    {
        var vector = Weigh(Features(text, entities));
        if (vector.Count == 0) return (Other, 0);
        // Half the closest example, half the intent as a whole (its centroid): one lucky example alone
        // should not decide, nor should an intent win only because it has many loosely related phrases.
        var best = _examples
            .GroupBy(e => e.Intent)
            .Select(g => (Intent: g.Key, Score: 0.5 * g.Max(e => Cosine(vector, e.Vector)) + 0.5 * Cosine(vector, _centroids[g.Key])))
            .OrderByDescending(x => x.Score)
            .First();
        return best.Score >= _threshold ? (best.Intent, Math.Round(best.Score, 3)) : (Other, Math.Round(best.Score, 3));
    }

    private Dictionary<string, double> Weigh(Dictionary<string, int> features)
    {
        var weighted = new Dictionary<string, double>();
        foreach (var (feature, count) in features)
        {
            // Unknown features carry no weight: they are in no example, so they cannot point anywhere.
            if (_idf.TryGetValue(feature, out var idf)) weighted[feature] = (1 + Math.Log(count)) * idf;
        }
        var norm = Math.Sqrt(weighted.Values.Sum(v => v * v));
        if (norm > 0)
        {
            foreach (var key in weighted.Keys.ToList()) weighted[key] /= norm;
        }
        return weighted;
    }

    /// <summary>Any day will do for the examples: only whether a date is present matters to the features.</summary>
    private static readonly DateOnly AnyDay = new(2026, 1, 15);

    private static Dictionary<string, int> Features(string text, Entities entities)
    {
        var simple = TextNormalizer.Simplify(text);
        var features = new Dictionary<string, int>();
        void Add(string f) => features[f] = features.GetValueOrDefault(f) + 1;
        foreach (var word in simple.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsDigit) || StopWords.Contains(word)) continue;
            Add("w:" + word);
            Add("w:" + word);
            var padded = $" {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++) Add("c:" + padded.Substring(i, 3));
        }
        if (entities.Date is { IsUsable: true }) Add("e:date");
        if (entities.AmountCents is not null) Add("e:amount");
        if (entities.InvoiceNumber is not null) Add("e:invoice");
        return features;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count < b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var other)) dot += value * other;
        }
        return dot;
    }
}

public sealed class IntentExamples
{
    public double Threshold { get; set; } = 0.3;
    public Dictionary<string, List<string>> Intents { get; set; } = [];
}
