namespace WebcareHub.Understanding.Phrases;

/// <summary>
/// The words every pattern of one phrase file is made of ("atoms"), and which of them each word of a message
/// matches: the same word, a word that starts with a prefix atom (<c>zelfmoord*</c>), or, for words of
/// <see cref="FuzzyMinLength"/> letters or more, a word one typo away (a letter missing, extra, wrong or swapped),
/// never in its first letter.
/// </summary>
public sealed class PhraseVocabulary
{
    public const int FuzzyMinLength = 6;

    private readonly Dictionary<string, int> _literals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(string Word, int Id)>> _fuzzyByLength = [];
    private readonly HashSet<string> _literalOnly;

    /// <param name="literalOnly">Real words that are never read as a typo of a listed one ("uitleg" is no "uitweg").</param>
    public PhraseVocabulary(IEnumerable<string>? literalOnly = null) => _literalOnly = [.. literalOnly ?? []];

    /// <summary>The atom id of a pattern word (<c>word</c> or <c>word*</c>), added when new.</summary>
    public int AtomFor(string word)
    {
        var prefix = word.EndsWith('*');
        var text = prefix ? word[..^1] : word;
        var table = prefix ? _prefixes : _literals;
        if (table.TryGetValue(text, out var id)) return id;
        id = _literals.Count + _prefixes.Count;
        table[text] = id;
        if (!prefix && text.Length >= FuzzyMinLength)
        {
            if (!_fuzzyByLength.TryGetValue(text.Length, out var bucket)) _fuzzyByLength[text.Length] = bucket = [];
            bucket.Add((text, id));
        }
        return id;
    }

    /// <summary>The message's words (simplified) with the atoms each one matches.</summary>
    public IReadOnlyList<HashSet<int>> Read(IReadOnlyList<string> words)
    {
        var result = new List<HashSet<int>>(words.Count);
        foreach (var word in words)
        {
            var atoms = new HashSet<int>();
            if (_literals.TryGetValue(word, out var exact)) atoms.Add(exact);
            if (_literalOnly.Contains(word))
            {
                foreach (var (prefix, id) in _prefixes)
                    if (word.StartsWith(prefix, StringComparison.Ordinal)) atoms.Add(id);
                result.Add(atoms);
                continue;
            }
            foreach (var (prefix, id) in _prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) || StartsWithTypo(word, prefix)) atoms.Add(id);
            }
            if (word.Length >= FuzzyMinLength - 1)
            {
                for (var length = word.Length - 1; length <= word.Length + 1; length++)
                {
                    if (!_fuzzyByLength.TryGetValue(length, out var bucket)) continue;
                    foreach (var (candidate, id) in bucket)
                    {
                        // Typos rarely hit the first letter; allowing it there makes "morgen" read as "zorgen".
                        if (candidate[0] == word[0] && IsOneEditAway(word, candidate)) atoms.Add(id);
                    }
                }
            }
            result.Add(atoms);
        }
        return result;
    }

    /// <summary>"zelfmooordgedachten" starts with "zelfmoord" but for one typo (long prefixes only).</summary>
    private static bool StartsWithTypo(string word, string prefix)
    {
        if (prefix.Length < FuzzyMinLength || word[0] != prefix[0]) return false;
        for (var length = prefix.Length - 1; length <= prefix.Length + 1; length++)
        {
            if (length <= word.Length && IsOneEditAway(word[..length], prefix)) return true;
        }
        return false;
    }

    /// <summary>True when the words differ by at most one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool IsOneEditAway(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return true;
        if (a.Length == b.Length)
        {
            // A substitution, or two neighbours swapped ("vrijdga").
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
