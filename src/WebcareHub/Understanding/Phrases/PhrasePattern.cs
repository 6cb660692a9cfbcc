namespace WebcareHub.Understanding.Phrases;

/// <summary>
/// One pattern of a phrase list, compiled: elements in order, each a set of alternatives (one or more words),
/// with how many other words may stand between an element and the next.
/// </summary>
/// <remarks>
/// Syntax, words separated by spaces: <c>word</c> (a typo of one letter is allowed in words of six letters
/// or more), <c>word*</c> (any word that starts so), <c>(a|b|c)</c> (one of these), <c>{concept}</c> (one of a
/// concept's words or word groups), and <c>..</c> between two elements for a gap of up to
/// <see cref="WideGap"/> words. Without <c>..</c> one word may still slip in between ("ik wil <i>echt</i> dood").
/// An element followed by <c>?</c> may be missing; <c>$</c> is the end of the message. A pattern compiled with
/// words that may not slip in (<see cref="NotInGaps"/>) never covers one of them in a one-word gap, and one
/// compiled to stay in one clause (<see cref="InOneClause"/>) never reaches across a full stop, comma or other
/// clause mark of the message, except where the pattern says one may stand, with <c>,</c> ("aan maken , (aan)? dit").
/// </remarks>
public sealed class PhrasePattern
{
    public const int NarrowGap = 1;
    public const int WideGap = 6;

    internal PhrasePattern(string source, IReadOnlyList<Element> elements, IReadOnlySet<int>? notInGaps = null, bool inOneClause = false)
    {
        Source = source;
        Elements = elements;
        NotInGaps = notInGaps ?? NoWords;
        InOneClause = inOneClause;
        _ownAtoms = elements.SelectMany(e => e.Alternatives).SelectMany(a => a).ToHashSet();
        _firstAtoms = [.. elements.Where(e => !e.Optional && !e.End && e.Alternatives.Count > 0 && e.Alternatives.All(a => a.Length > 0))
            .Select(e => e.Alternatives.Select(a => a[0]).ToHashSet())];
    }

    /// <summary>For each element that must match, the atoms its alternatives start with.</summary>
    private readonly HashSet<int>[] _firstAtoms;

    /// <summary>
    /// Whether the pattern can occur in a message holding these atoms: every element that must match needs one of its
    /// alternatives' first atoms somewhere in it. Most patterns fail this at once, so a message is read in a fraction of
    /// the time a full search of every pattern takes.
    /// </summary>
    internal bool MayOccurIn(IReadOnlySet<int> present) => _firstAtoms.All(first => first.Overlaps(present));

    /// <summary>Every atom any element names: a word of a span that matches none of them stands in a gap.</summary>
    private readonly HashSet<int> _ownAtoms;

    private static readonly IReadOnlySet<int> NoWords = new HashSet<int>();

    /// <summary>The pattern as written in its file, for explaining a match to a person.</summary>
    public string Source { get; }

    internal IReadOnlyList<Element> Elements { get; }

    /// <summary>Atoms of the words that may not slip into a one-word gap between two elements.</summary>
    internal IReadOnlySet<int> NotInGaps { get; }

    /// <summary>Whether a span must lie within one clause of the message (figures of speech: "ik wil echt gewoon dood.
    /// Serieus." holds no "dood serieus").</summary>
    internal bool InOneClause { get; }

    /// <summary>Alternatives (each a run of atoms, one per word), the largest gap before the next element, and whether a
    /// clause may start right before this element (a <c>,</c> in the pattern: "…aan maken<i>.</i> Aan dit abonnement").</summary>
    internal sealed record Element(IReadOnlyList<int[]> Alternatives, int GapAfter, bool Optional = false, bool End = false, bool MayCrossBefore = false);

    /// <summary>The first span of <paramref name="words"/> the pattern covers, if any.</summary>
    /// <param name="clauseStarts">Positions of the words that start a new clause (after a full stop, comma, …).</param>
    internal PhraseSpan? FindIn(IReadOnlyList<HashSet<int>> words, IReadOnlySet<int> clauseStarts, int from = 0)
    {
        var walls = InOneClause ? clauseStarts : NoWords;
        for (var start = from; start < words.Count; start++)
        {
            if (MatchFrom(words, walls, start, 0, start, start) is { } end)
                return new PhraseSpan(start, end, [.. Enumerable.Range(start, end - start).Where(i => !words[i].Overlaps(_ownAtoms))]);
        }
        return null;
    }

    private int? MatchFrom(IReadOnlyList<HashSet<int>> words, IReadOnlySet<int> walls, int start, int element, int position, int earliest)
    {
        if (element == Elements.Count) return position;
        var current = Elements[element];
        if (current.End) return position == words.Count ? position : null;
        if (current.Optional && MatchFrom(words, walls, start, element + 1, position, earliest) is { } without) return without;
        // The first element that takes words must start exactly at the candidate start (a leading optional one that
        // was left out does not open a gap); later ones may start after a gap.
        var latest = position == start ? earliest : Math.Min(words.Count - 1, earliest + Elements[element - 1].GapAfter);
        for (var at = earliest; at <= latest && at < words.Count; at++)
        {
            // Going on would let the word before this one slip in (a wide gap, written "..", may hold any word).
            if (at > earliest && Elements[element - 1].GapAfter == NarrowGap && words[at - 1].Overlaps(NotInGaps)) break;
            // Going on would reach into the next clause.
            if (at > start && walls.Contains(at) && !current.MayCrossBefore) break;
            foreach (var alternative in current.Alternatives)
            {
                if (at + alternative.Length > words.Count) continue;
                var fits = true;
                for (var i = 0; i < alternative.Length && fits; i++) fits = words[at + i].Contains(alternative[i]) && (i == 0 || !walls.Contains(at + i));
                if (!fits) continue;
                if (MatchFrom(words, walls, start, element + 1, at + alternative.Length, at + alternative.Length) is { } end) return end;
            }
        }
        return null;
    }
}

/// <summary>Where a pattern occurs in a message's words (start, end exclusive), and the positions in it of words that
/// none of the pattern's elements names: words in its gaps.</summary>
public sealed record PhraseSpan(int Start, int End, IReadOnlyList<int> Gaps);
