using System.Text.RegularExpressions;

namespace WebcareHub.Understanding.Phrases;

/// <summary>
/// Compiles the patterns of one phrase file (see <see cref="PhrasePattern"/> for the syntax) against its
/// concepts, and reads messages into the words those patterns match. Files live in
/// <c>dialogs/understanding/</c>, so the lists are edited without recompiling.
/// </summary>
public sealed partial class PhraseBook
{
    private readonly PhraseVocabulary _vocabulary;
    private readonly Dictionary<string, IReadOnlyList<int[]>> _concepts = new(StringComparer.Ordinal);

    /// <param name="literalOnly">Real words of messages never read as a typo of a pattern word (the file's <c>literalOnly</c>).</param>
    public PhraseBook(IReadOnlyDictionary<string, List<string>>? concepts, IEnumerable<string>? literalOnly = null)
    {
        _vocabulary = new PhraseVocabulary((literalOnly ?? []).Select(TextNormalizer.Simplify));
        foreach (var (name, words) in concepts ?? new Dictionary<string, List<string>>())
        {
            _concepts[name] = words.Select(w => Atoms(w)).ToList();
        }
    }

    /// <param name="notInGaps">Words that may not slip into a gap of these patterns (a figure of speech with
    /// "meer" slipped into it is no figure of speech: "ik zie het niet <i>meer</i> zitten met …").</param>
    /// <param name="inOneClause">Whether a match must lie within one clause of a message.</param>
    public IReadOnlyList<PhrasePattern> CompileAll(IEnumerable<string>? patterns, IEnumerable<string>? notInGaps = null, bool inOneClause = false)
    {
        var keepOut = (notInGaps ?? []).SelectMany(Atoms).ToHashSet();
        return (patterns ?? []).Select(p => Compile(p, keepOut, inOneClause)).ToList();
    }

    public PhrasePattern Compile(string pattern) => Compile(pattern, null, inOneClause: false);

    private PhrasePattern Compile(string pattern, IReadOnlySet<int>? notInGaps, bool inOneClause)
    {
        var elements = new List<PhrasePattern.Element>();
        // After a ",", the elements up to the next one that must be there may start a new clause.
        var mayCross = false;
        var endsWithComma = false;
        foreach (var part in Split(pattern))
        {
            endsWithComma = part == ",";
            // A mark is no word: "(a)? ,? b" would compile to a word that never matches and so never lets a clause start.
            if (part is ",?" or "..?" or "$?") throw new FormatException($"pattern '{pattern}' makes '{part[..^1]}' optional, which only a word or group can be");
            if (part == ",")
            {
                if (!inOneClause) throw new FormatException($"pattern '{pattern}' has a ',', which only a pattern kept in one clause (an ignore pattern) may have");
                if (elements.Count == 0) throw new FormatException($"pattern '{pattern}' starts with ','");
                mayCross = true;
                continue;
            }
            if (part == "..")
            {
                if (elements.Count == 0) throw new FormatException($"pattern '{pattern}' starts with '..'");
                elements[^1] = elements[^1] with { GapAfter = PhrasePattern.WideGap };
                continue;
            }
            if (part == "$")
            {
                elements.Add(new PhrasePattern.Element([], 0, End: true));
                continue;
            }
            var optional = part.Length > 1 && part.EndsWith('?');
            var element = optional ? part[..^1] : part;
            elements.Add(new PhrasePattern.Element(Alternatives(element, pattern), PhrasePattern.NarrowGap, optional, MayCrossBefore: mayCross));
            mayCross &= optional;
        }
        if (elements.Count == 0) throw new FormatException("a pattern is empty");
        if (endsWithComma) throw new FormatException($"pattern '{pattern}' ends with ','");
        return new PhrasePattern(pattern, elements, notInGaps, inOneClause);
    }

    /// <summary>Flemish and chat spellings of "niet" read as "niet", so no pattern has to list them all.</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["ni"] = "niet",
        ["nie"] = "niet",
        ["nt"] = "niet",
        ["nit"] = "niet",
        ["neit"] = "niet",
    };

    /// <summary>The message as the patterns see it: simplified words, the atoms each matches, and where clauses start.</summary>
    public PhraseText Read(string text)
    {
        var words = new List<string>();
        var clauseStarts = new HashSet<int>();
        foreach (var clause in ClauseMark().Split(TextNormalizer.JoinAbbreviations(text)))
        {
            if (words.Count > 0) clauseStarts.Add(words.Count);
            words.AddRange(TextNormalizer.Simplify(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Spellings.GetValueOrDefault(w, w)));
        }
        return new PhraseText(words, _vocabulary.Read(words), clauseStarts);
    }

    /// <summary>A full stop, comma, semicolon, "!", "?", "…" or a new line; not a mark between digits ("12,50", "1.000"),
    /// and not a colon, a bracket or a dash, which open what the clause before them meant ("ik maak er een eind aan: het
    /// abonnement …", "… eind aan (aan het abonnement bedoel ik)"; found by round 35's review).</summary>
    [GeneratedRegex(@"[.,;!?…]+(?!\d)|(?<!\d)[.,;!?…]+|\n")]
    private static partial Regex ClauseMark();

    private IReadOnlyList<int[]> Alternatives(string part, string pattern)
    {
        if (part.StartsWith('{') && part.EndsWith('}')) return Concept(part, pattern);
        var inner = part.Length >= 2 ? part[1..^1] : "";
        if (inner.IndexOfAny(['(', ')']) >= 0 || part.StartsWith('(') != part.EndsWith(')'))
            throw new FormatException($"pattern '{pattern}' nests brackets in '{part}': list each alternative in full");
        if (!part.StartsWith('(')) return [Atoms(part)];
        var alternatives = inner.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.FirstOrDefault(a => a.Contains('{', StringComparison.Ordinal) && !(a.StartsWith('{') && a.EndsWith('}'))) is { } mixed)
            throw new FormatException($"pattern '{pattern}' puts a concept inside '{mixed}': a concept stands alone as an alternative");
        // An alternative may name a concept: "(ze|{kin})" is "ze" or any of the concept's words.
        return [.. alternatives.SelectMany(a => a.StartsWith('{') && a.EndsWith('}') ? Concept(a, pattern) : [Atoms(a)])];
    }

    private IReadOnlyList<int[]> Concept(string name, string pattern) =>
        _concepts.TryGetValue(name[1..^1], out var concept)
            ? concept
            : throw new FormatException($"pattern '{pattern}' names an unknown concept {name}");

    /// <summary>One alternative ("zou willen", "zelfmoord*") as atoms, one per word, simplified like messages are.</summary>
    private int[] Atoms(string words) => words
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => _vocabulary.AtomFor(w.EndsWith('*') ? TextNormalizer.Simplify(w[..^1]) + "*" : TextNormalizer.Simplify(w)))
        .ToArray();

    /// <summary>Splits on spaces, except inside (…) and {…}.</summary>
    private static IEnumerable<string> Split(string pattern)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= pattern.Length; i++)
        {
            var end = i == pattern.Length;
            if (!end && pattern[i] is '(' or '{') depth++;
            if (!end && pattern[i] is ')' or '}') depth--;
            if (end || (pattern[i] == ' ' && depth == 0))
            {
                if (i > start) yield return pattern[start..i];
                start = i + 1;
            }
        }
    }
}

/// <summary>A message read by a <see cref="PhraseBook"/>: its words, which atoms each matches, and the positions of the
/// words that start a new clause.</summary>
public sealed class PhraseText(IReadOnlyList<string> words, IReadOnlyList<HashSet<int>> atoms, IReadOnlySet<int> clauseStarts)
{
    public IReadOnlyList<string> Words { get; } = words;

    internal IReadOnlyList<HashSet<int>> Atoms { get; } = atoms;

    internal IReadOnlySet<int> ClauseStarts { get; } = clauseStarts;

    /// <summary>Every atom any word of the message matches.</summary>
    private IReadOnlySet<int> Present => _present ??= Atoms.SelectMany(a => a).ToHashSet();

    private HashSet<int>? _present;

    /// <summary>Where the pattern first occurs in the message, if it does.</summary>
    internal PhraseSpan? Find(PhrasePattern pattern) => pattern.MayOccurIn(Present) ? pattern.FindIn(Atoms, ClauseStarts) : null;

    /// <summary>Every place the pattern occurs in the message, each start once.</summary>
    internal IEnumerable<PhraseSpan> FindAll(PhrasePattern pattern)
    {
        if (!pattern.MayOccurIn(Present)) yield break;
        for (var from = 0; pattern.FindIn(Atoms, ClauseStarts, from) is { } span; from = span.Start + 1) yield return span;
    }

    /// <summary>The first pattern that occurs in the message, with the words it covered.</summary>
    public PhraseMatch? FirstMatch(IReadOnlyList<PhrasePattern> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (Find(pattern) is { } span) return Matched(pattern, span);
        }
        return null;
    }

    /// <summary>Every pattern that occurs in the message (each once).</summary>
    public IEnumerable<PhraseMatch> AllMatches(IReadOnlyList<PhrasePattern> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (Find(pattern) is { } span) yield return Matched(pattern, span);
        }
    }

    private PhraseMatch Matched(PhrasePattern pattern, PhraseSpan span) =>
        new(pattern.Source, string.Join(' ', Words.Skip(span.Start).Take(span.End - span.Start)));

    /// <summary>
    /// The message without the words any of <paramref name="patterns"/> cover (figures of speech); with
    /// <paramref name="removable"/>, only the occurrences it accepts, given the text still there and the
    /// occurrence's span in it, so it can look at the words around it and in its gaps too.
    /// </summary>
    public PhraseText Without(IReadOnlyList<PhrasePattern> patterns, Func<PhraseText, PhraseSpan, bool>? removable = null)
    {
        var removed = new bool[Words.Count];
        var view = this;
        foreach (var pattern in patterns)
        {
            if (!pattern.MayOccurIn(view.Present)) continue;
            // Remove every occurrence, not only the first.
            var from = 0;
            while (view.Atoms.Count > 0 && pattern.FindIn(view.Atoms, view.ClauseStarts, from) is { } span)
            {
                if (removable is not null && !removable(view, span))
                {
                    from = span.Start + 1;
                    continue;
                }
                var kept = Enumerable.Range(0, Words.Count).Where(i => !removed[i]).ToList();
                for (var i = span.Start; i < span.End; i++) removed[kept[i]] = true;
                view = Keep(removed);
                from = span.Start;
            }
        }
        // The view is the message itself until a removal, and the message without every removal after the last.
        return view;
    }

    /// <summary>The words not removed; a kept word starts a clause when a clause started after the kept word before it.</summary>
    private PhraseText Keep(bool[] removed)
    {
        var keep = Enumerable.Range(0, Words.Count).Where(i => !removed[i]).ToList();
        var starts = Enumerable.Range(1, Math.Max(0, keep.Count - 1))
            .Where(k => ClauseStarts.Any(c => c > keep[k - 1] && c <= keep[k]))
            .ToHashSet();
        return new PhraseText(keep.Select(i => Words[i]).ToList(), keep.Select(i => Atoms[i]).ToList(), starts);
    }
}

/// <summary>Which pattern matched and the words it covered: a reason a person can read.</summary>
public sealed record PhraseMatch(string Pattern, string Words);
