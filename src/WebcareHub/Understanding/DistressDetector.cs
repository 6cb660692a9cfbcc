using System.Text.RegularExpressions;
using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Understanding;

/// <summary>
/// Reads feelings (anger, fear, despair, grief, shame) and possible suicide signals in a message, from the
/// editable lists in <c>dialogs/understanding/distress.yaml</c> and <c>crisis.yaml</c>. The crisis model is
/// tuned for recall: a likely signal gets 113 and a person, an unsure one a gentle question first.
/// </summary>
public sealed partial class DistressDetector
{
    private readonly PhraseBook _crisisBook;
    private readonly IReadOnlyList<(string Symbol, string Word)> _crisisEmoji;
    private readonly IReadOnlyList<PhrasePattern> _crisisIgnore;
    private readonly IReadOnlyList<PhrasePattern> _someoneElse;
    private readonly IReadOnlyList<PhrasePattern> _denials;
    private readonly HashSet<string> _firstPerson;
    private readonly HashSet<string> _thirdPerson;
    private readonly HashSet<string> _someone;
    private readonly IReadOnlyList<PhrasePattern> _someoneClose;
    private readonly IReadOnlyList<PhrasePattern> _ofOneself;
    private readonly IReadOnlyList<PhrasePattern> _helpers;
    private readonly IReadOnlyList<PhrasePattern> _reports;
    private readonly IReadOnlyList<PhrasePattern> _notReportWith;
    private readonly HashSet<string> _weWords;
    private readonly HashSet<string> _reportingVerbs;
    private readonly HashSet<string> _owners;
    private readonly HashSet<string> _notSubjectAfter;
    private readonly HashSet<string> _wishes;
    private readonly HashSet<string> _dying;
    private readonly IReadOnlyList<PhrasePattern> _crisis;
    private readonly IReadOnlyList<PhrasePattern> _unsure;
    private readonly List<(string Kind, IReadOnlyList<PhrasePattern> Patterns)> _cues = [];
    private readonly HashSet<string> _askOnOneCue;
    private readonly HashSet<string> _twiceIsEnough;
    private readonly PhraseBook _distressBook;
    private readonly IReadOnlyList<PhrasePattern> _distressIgnore;
    private readonly List<(DistressKind Kind, IReadOnlyList<PhrasePattern> Patterns, string[] Emoji)> _kinds = [];
    private readonly DistressModel? _learned;

    /// <param name="learned">The learned reader of feelings, consulted after the phrase lists; null reads phrases only.</param>
    public DistressDetector(string crisisPath, string distressPath, DistressModel? learned = null)
    {
        _learned = learned;
        var crisis = PhraseFiles.Read<CrisisFile>(crisisPath);
        _crisisBook = new PhraseBook(crisis.Concepts, crisis.LiteralOnly);
        _crisisEmoji = [.. crisis.Emoji.Select(e => (Symbol: WithoutVariation(e.Key), Word: e.Value)).Where(e => e.Symbol.Length > 0).OrderByDescending(e => e.Symbol.Length)];
        _crisisIgnore = PhraseFiles.Compile(_crisisBook, crisis.Ignore, crisisPath, crisis.NeverInIgnoreGaps, inOneClause: true);
        _someoneElse = PhraseFiles.Compile(_crisisBook, crisis.SomeoneElse, crisisPath);
        _denials = PhraseFiles.Compile(_crisisBook, crisis.Denials, crisisPath);
        _firstPerson = new HashSet<string>(crisis.FirstPerson.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _thirdPerson = new HashSet<string>(crisis.AboutSomeoneClose.ThirdPerson.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _someone = new HashSet<string>(crisis.Concepts.GetValueOrDefault("someone", []).Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _someoneClose = PhraseFiles.Compile(_crisisBook, crisis.AboutSomeoneClose.Named, crisisPath);
        _ofOneself = PhraseFiles.Compile(_crisisBook, [.. crisis.AboutSomeoneClose.OneselfToo, .. crisis.AboutSomeoneClose.OneselfAlways], crisisPath);
        _reportingVerbs = new HashSet<string>(crisis.AboutSomeoneClose.ReportingVerbs.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _owners = new HashSet<string>(crisis.AboutSomeoneClose.Owners.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _notSubjectAfter = new HashSet<string>(crisis.AboutSomeoneClose.NotSubjectAfter.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _helpers = PhraseFiles.Compile(_crisisBook, crisis.AboutSomeoneClose.Helpers, crisisPath, inOneClause: true);
        _reports = PhraseFiles.Compile(_crisisBook, crisis.AboutSomeoneClose.Reports, crisisPath, inOneClause: true);
        _notReportWith = PhraseFiles.Compile(_crisisBook, crisis.AboutSomeoneClose.NotReportWith, crisisPath);
        _weWords = new HashSet<string>(crisis.AboutSomeoneClose.WeWords.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _wishes = new HashSet<string>(crisis.WishBeforeDying.Wishes.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _dying = new HashSet<string>(crisis.WishBeforeDying.Dying.Select(TextNormalizer.Simplify), StringComparer.Ordinal);
        _crisis = PhraseFiles.Compile(_crisisBook, crisis.Crisis, crisisPath);
        _unsure = PhraseFiles.Compile(_crisisBook, crisis.Unsure, crisisPath);
        if (_crisis.Count == 0) throw new InvalidDataException($"{crisisPath} defines no crisis patterns");
        foreach (var (kind, patterns) in crisis.Cues) _cues.Add((kind, PhraseFiles.Compile(_crisisBook, patterns, crisisPath)));
        _askOnOneCue = [.. crisis.AskOnOneCue];
        _twiceIsEnough = [.. crisis.TwiceIsEnough];
        if (_askOnOneCue.Concat(_twiceIsEnough).FirstOrDefault(k => !crisis.Cues.ContainsKey(k)) is { } unknown)
            throw new InvalidDataException($"{crisisPath}: askOnOneCue or twiceIsEnough names '{unknown}', which is not a cue kind");

        var distress = PhraseFiles.Read<DistressFile>(distressPath);
        _distressBook = new PhraseBook(distress.Concepts, distress.LiteralOnly);
        _distressIgnore = PhraseFiles.Compile(_distressBook, distress.Ignore, distressPath);
        foreach (var (name, kind) in distress.Kinds)
        {
            if (!Enum.TryParse<DistressKind>(name, ignoreCase: true, out var parsed))
                throw new InvalidDataException($"{distressPath}: unknown distress kind '{name}' (known: {string.Join(", ", Enum.GetNames<DistressKind>())})");
            _kinds.Add((parsed, PhraseFiles.Compile(_distressBook, kind.Patterns, distressPath), [.. kind.Emoji]));
        }
    }

    /// <summary>The phrase lists of a folder, and its learned reader when <c>distress-examples.tsv</c> is there.</summary>
    public static DistressDetector Load(string folder, string? cacheFolder = null)
    {
        var distressPath = Path.Combine(folder, "distress.yaml");
        var examples = Path.Combine(folder, "distress-examples.tsv");
        var intents = Path.Combine(folder, "intents.yaml");
        var faq = Path.Combine(folder, "..", "faq");
        var ordinary = File.Exists(intents) ? IntentExamples.Read(intents, Directory.Exists(faq) ? faq : null).Select(e => e.Example) : null;
        var learned = File.Exists(examples)
            ? DistressModel.Load(examples, PhraseFiles.Read<DistressFile>(distressPath).LearnedThreshold, ordinary, cacheFolder)
            : null;
        return new(Path.Combine(folder, "crisis.yaml"), distressPath, learned);
    }

    public Distress Detect(string text) => Read(text).Distress;

    /// <summary>The figures of speech and stories about someone else that occur in a message, before any is removed
    /// (for explaining a reading to a person).</summary>
    public IEnumerable<PhraseMatch> FiguresOfSpeech(string text)
    {
        var read = ReadForCrisis(text);
        return read.AllMatches(_crisisIgnore).Concat(read.AllMatches(_someoneElse));
    }

    /// <summary>
    /// The reading, the message's words without the figures of speech of <c>crisis.yaml</c> ("ik zweer het
    /// op mijn leven"), read once for both, and the feelings the phrase lists, emoji or the form of the text showed
    /// without the learned reader (those alone lower the crisis reader's threshold).
    /// </summary>
    public (Distress Distress, string WithoutFiguresOfSpeech, IReadOnlySet<DistressKind> KindsInWords) Read(string text)
    {
        var reasons = new List<string>();
        var words = ReadForCrisis(text);
        var plain = WithoutFiguresOfSpeech(words, keepSwallowed: true);
        var signal = Softened(CrisisIn(plain, reasons), plain, reasons);
        // A figure of speech kept for a signal it may have swallowed makes the bot ask, never answer at once: such
        // figures are written to hold signal-like words ("pillen afbouwen", "op de brug in de file").
        if (signal == CrisisSignal.Likely && CrisisIn(WithoutFiguresOfSpeech(words, keepSwallowed: false), []) != CrisisSignal.Likely)
        {
            signal = CrisisSignal.Unsure;
            reasons[^1] = "possible crisis (beside a figure of speech): " + reasons[^1]["crisis: ".Length..];
        }
        var relativeReport = signal == CrisisSignal.None ? RelativeReport(words) : null;
        if (relativeReport is not null)
        {
            signal = CrisisSignal.Likely;
            reasons.Add($"crisis: told of someone close: \"{relativeReport.Words}\"");
        }
        var kinds = new HashSet<DistressKind>();
        var read = _distressBook.Read(text).Without(_distressIgnore);
        foreach (var (kind, patterns, emoji) in _kinds)
        {
            if (read.FirstMatch(patterns) is { } match)
            {
                kinds.Add(kind);
                reasons.Add($"{kind.ToString().ToLowerInvariant()}: \"{match.Words}\"");
            }
            else if (emoji.FirstOrDefault(e => text.Contains(e, StringComparison.Ordinal)) is { } symbol)
            {
                kinds.Add(kind);
                reasons.Add($"{kind.ToString().ToLowerInvariant()}: {symbol}");
            }
        }
        if (!kinds.Contains(DistressKind.Anger) && AngryForm(text) is { } form)
        {
            kinds.Add(DistressKind.Anger);
            reasons.Add("anger: " + form);
        }
        var inWords = new HashSet<DistressKind>(kinds);
        foreach (var (kind, probability) in _learned?.Read(text) ?? [])
        {
            if (kinds.Add(kind)) reasons.Add($"{kind.ToString().ToLowerInvariant()}: learned reader {probability:0.00}");
        }
        // A crisis signal is despair too, so the console shows it even when the bot only asked gently.
        if (signal != CrisisSignal.None)
        {
            kinds.Add(DistressKind.Despair);
            inWords.Add(DistressKind.Despair);
        }
        // A report is the relative's unless the message speaks of oneself however worded; any other signal must pass
        // the whole check of who it is said of.
        var aboutSomeoneClose = relativeReport is not null
            ? words.FirstMatch(_ofOneself) is null
            : signal != CrisisSignal.None && AboutSomeoneClose(words, plain);
        var distress = kinds.Count == 0 && signal == CrisisSignal.None
            ? Distress.None
            : new Distress(kinds, signal, reasons) { AboutSomeoneClose = aboutSomeoneClose };
        return (distress, string.Join(' ', plain.Words), inWords);
    }

    /// <summary>The message as the crisis patterns see it, with the emoji of <c>crisis.yaml</c> read as words ("💊💊 ⚰️").</summary>
    private PhraseText ReadForCrisis(string text)
    {
        if (_crisisEmoji.Count == 0 || text.All(char.IsAscii)) return _crisisBook.Read(text);
        var pictured = WithoutVariation(text);
        foreach (var (symbol, word) in _crisisEmoji) pictured = pictured.Replace(symbol, " " + word + " ", StringComparison.Ordinal);
        return _crisisBook.Read(pictured);
    }

    /// <summary>Emoji are written with or without the variation selector ("⚰️" and "⚰"); both read the same.</summary>
    private static string WithoutVariation(string text) => text.Replace("\uFE0F", "", StringComparison.Ordinal);

    /// <summary>
    /// The words without figures of speech and stories about someone else; with <paramref name="keepSwallowed"/>, a span
    /// that swallowed a signal of oneself stays (see <see cref="SwallowsSignal"/>). What happened to someone else is
    /// told without a word about oneself after its first word ("mijn broer heeft een poging gedaan"); "mijn vrouw weet
    /// niet dat ik een poging deed" is no such story.
    /// </summary>
    private PhraseText WithoutFiguresOfSpeech(PhraseText words, bool keepSwallowed) => words
        .Without(_crisisIgnore, (view, span) => !WishedRightBefore(view.Words, span.Start) && !(keepSwallowed && SwallowsSignal(view, span)))
        .Without(_someoneElse, (view, span) => !view.Words.Skip(span.Start + 1).Take(span.End - span.Start - 1).Any(_firstPerson.Contains)
            && !(keepSwallowed && SwallowsSignal(view, span)));

    /// <summary>
    /// Whether a figure of speech that starts with dying follows a wish right before it ("ik wil dood, echt serieus"
    /// is no "dood serieus", "ik ben liever dood op dit moment" no "dood op"): such a span stays to be read.
    /// </summary>
    private bool WishedRightBefore(IReadOnlyList<string> words, int start) =>
        _dying.Contains(words[start]) && words.Skip(Math.Max(0, start - 2)).Take(Math.Min(2, start)).Any(_wishes.Contains);

    /// <summary>How many words before a signal, within its clause, a third-person word may say whom it is about ("zegt dat hij").</summary>
    private const int SubjectWindow = 3;

    /// <summary>How many words before a signal an owned kin word may stand as its subject ("mijn zus heeft pillen gespaard").</summary>
    private const int KinWindow = 2;

    /// <summary>
    /// Whether the message's signals are told of someone close rather than of oneself ("mijn zoon zegt dat hij er een
    /// eind aan wil maken", "my mom told me she has been saving her pills"). The customer's own answer is the default:
    /// this needs the message to name someone close and to speak of oneself only as their helper (see
    /// <see cref="NamesSomeoneCloseOnly"/>), and every place a phrase-list signal occurs to be said of them (see
    /// <see cref="OfSomeoneElse"/>). The learned reader alone never gives the relative's answer.
    /// </summary>
    /// <param name="words">The whole message: a word of oneself inside a figure of speech ("ik ben er zelf ook klaar mee") counts too.</param>
    /// <param name="plain">The message without figures of speech, where the signals are read.</param>
    private bool AboutSomeoneClose(PhraseText words, PhraseText plain)
    {
        if (!NamesSomeoneCloseOnly(words)) return false;
        var spans = SignalSpans(plain).ToList();
        var theirs = spans.Where(span => OfSomeoneElse(plain.Words, plain.ClauseStarts, span.Start, span.End)).ToList();
        // A signal inside one said of them is theirs too ("leven" in "mijn vrouw wil niet meer leven").
        return spans.Count > 0 && spans.All(span => theirs.Any(t => t.Start <= span.Start && span.End <= t.End));
    }

    /// <summary>
    /// A report of someone close's signal that the patterns of oneself do not read, in a message with no signal of
    /// oneself ("mijn zus heeft een overdosis genomen", "says he's going to kill himself"); none when the message tells
    /// of a death or of long ago, where it is a story (see <c>aboutSomeoneClose.reports</c> in crisis.yaml).
    /// </summary>
    private PhraseMatch? RelativeReport(PhraseText words) =>
        words.FirstMatch(_notReportWith) is null ? words.FirstMatch(_reports) : null;

    private IEnumerable<PhraseSpan> SignalSpans(PhraseText plain) =>
        _crisis.Concat(_unsure).Concat(_cues.SelectMany(c => c.Patterns)).SelectMany(plain.FindAll);

    /// <summary>Every place a signal pattern occurs in the message and whether it is said of someone else (for explaining a reading).</summary>
    public IEnumerable<(string Words, bool OfSomeoneElse)> SignalPlaces(string text)
    {
        var plain = WithoutFiguresOfSpeech(ReadForCrisis(text), keepSwallowed: true);
        return SignalSpans(plain).Select(span => (string.Join(' ', plain.Words.Skip(span.Start).Take(span.End - span.Start)),
            OfSomeoneElse(plain.Words, plain.ClauseStarts, span.Start, span.End)));
    }

    /// <summary>
    /// Someone close is named; the customer neither says it holds for them too nor uses words that are of oneself
    /// however worded (oneselfToo, oneselfAlways); and no word of oneself ("ik", "we", "ons") stands anywhere except
    /// as the owner of a kin word, the one told ("appte me") or in a helper's phrase ("ik maak me zorgen", "wat moet
    /// ik doen").
    /// </summary>
    private bool NamesSomeoneCloseOnly(PhraseText read)
    {
        if (_someoneClose.Count == 0 || read.FirstMatch(_someoneClose) is null || read.FirstMatch(_ofOneself) is not null) return false;
        var words = read.Words;
        var helping = new bool[words.Count];
        foreach (var span in _helpers.SelectMany(read.FindAll))
            for (var i = span.Start; i < span.End; i++) helping[i] = true;
        return !Enumerable.Range(0, words.Count).Any(i => Oneself(words, i) && !helping[i]);
    }

    /// <summary>
    /// Whether one place of a signal is said of someone else: a third-person word in it or in the words of its clause
    /// just before it (not right after "als", "zodra", "when": "zodra ze weg zijn"), or an owned kin word just before
    /// it ("mijn vrouw wil niet meer leven"), and no word of oneself there.
    /// </summary>
    private bool OfSomeoneElse(IReadOnlyList<string> words, IReadOnlySet<int> clauseStarts, int start, int end)
    {
        var clause = clauseStarts.Where(c => c <= start).DefaultIfEmpty(0).Max();
        var theirs = false;
        for (var i = Math.Max(clause, start - SubjectWindow); i < end; i++)
        {
            if (Oneself(words, i)) return false;
            theirs |= _thirdPerson.Contains(words[i]) && !(i > 0 && _notSubjectAfter.Contains(words[i - 1]));
        }
        for (var i = Math.Max(clause, start - KinWindow); i < start; i++) theirs |= OwnedKin(words, i);
        return theirs;
    }

    /// <summary>A word of oneself ("ik", "we", "ons") that neither says whose kin it is nor who was told ("my mom told <i>me</i>").</summary>
    private bool Oneself(IReadOnlyList<string> words, int i) =>
        (_firstPerson.Contains(words[i]) || _weWords.Contains(words[i])) && !OwnsKin(words, i) && !(i >= 1 && _reportingVerbs.Contains(words[i - 1]));

    /// <summary>A kin word with its owner ("<i>mijn</i> zus", "<i>onze</i> oudste zoon", "een vriend van mij").</summary>
    private bool OwnedKin(IReadOnlyList<string> words, int i) =>
        _someone.Contains(words[i]) && ((i >= 1 && _owners.Contains(words[i - 1])) || (i >= 2 && _owners.Contains(words[i - 2]))
            || (i + 2 < words.Count && IsOf(words[i + 1]) && _firstPerson.Contains(words[i + 2])));

    /// <summary>A word of oneself that only says whose kin it is: "<i>mijn</i> (oudste) zoon", "een vriend van <i>mij</i>".</summary>
    private bool OwnsKin(IReadOnlyList<string> words, int i) =>
        (i + 1 < words.Count && _someone.Contains(words[i + 1]))
        || (i + 2 < words.Count && _someone.Contains(words[i + 2]) && _owners.Contains(words[i]))
        || (i >= 2 && IsOf(words[i - 1]) && _someone.Contains(words[i - 2]));

    private static bool IsOf(string word) => word is "van" or "of";

    /// <summary>How many of a signal's own words must follow a denial for the signal to run on past it.</summary>
    private const int RunsOnPastDenial = 3;

    /// <summary>
    /// A likely signal that is gone once the customer's own denial is left out ("ik ben niet suïcidaal, ik ben
    /// boos") becomes the gentle question instead of 113 at once. Never less: people in crisis often deny first and
    /// then qualify it ("ik ga mezelf niets aandoen. nog niet."), so a denial never hides a signal, and a signal that
    /// starts inside a denial and runs on past it is not softened.
    /// </summary>
    private CrisisSignal Softened(CrisisSignal signal, PhraseText plain, List<string> reasons)
    {
        if (signal != CrisisSignal.Likely || _denials.Count == 0) return signal;
        // A denial that a signal runs on from ("ik denk niet aan zelfmoord, ik ga het gewoon doen") does not soften it;
        // the signal must go on in words of its own, not reach a single word after a gap ("mezelf niks aandoen hoor, ik
        // ga wel snijden in mijn uitgaven").
        var withoutDenial = plain.Without(_denials, (view, denial) =>
            !_crisis.Any(p => view.Find(p) is { } likely && likely.Start < denial.End
                && Enumerable.Range(denial.End, Math.Max(0, likely.End - denial.End)).Except(likely.Gaps).Count() >= RunsOnPastDenial));
        if (withoutDenial.Words.Count == plain.Words.Count || CrisisIn(withoutDenial, []) == CrisisSignal.Likely) return signal;
        // A likely reading's reason ("crisis: …") is the last one CrisisIn added.
        reasons[^1] = "possible crisis (denied): " + reasons[^1]["crisis: ".Length..];
        return CrisisSignal.Unsure;
    }

    /// <summary>
    /// Whether a figure of speech reached across a gap into a signal of oneself beside it: a signal in the message
    /// whose own words take one from the figure's gaps and also take one of the figure's own words or one outside
    /// it, or stand beside a word of oneself in the gap ("ik sta in de file, straks <i>spring ik van de</i> brug",
    /// "afscheid van het <i>leven</i>, jullie …", "de <i>enige uitweg</i> is mijn dood", "ik ga van de <i>brug springen</i>,
    /// deze schulden worden mijn dood"); the signal must speak of oneself (a word of oneself in it or just before it, or
    /// in the figure's gap). Such a span stays to be read. A signal of the figure's own words ("rather die than pay"), one about
    /// someone else inside a story of their death ("mijn broer is door zelfdoding overleden") and a figure about
    /// medicines ("pillen slikken voor mijn bloeddruk") do not keep it.
    /// </summary>
    private bool SwallowsSignal(PhraseText view, PhraseSpan span)
    {
        if (span.Gaps.Count == 0) return false;
        var words = view.Words;
        var gaps = span.Gaps.ToHashSet();
        var oneselfInGap = span.Gaps.Any(g => _firstPerson.Contains(words[g]));
        return _crisis.Concat(_unsure).Any(pattern =>
        {
            if (view.Find(pattern) is not { } signal) return false;
            // A signal's own words, not the filler in its own gaps ("punt achter zetten <i>en</i> alles").
            var own = Enumerable.Range(signal.Start, signal.End - signal.Start).Except(signal.Gaps).ToList();
            if (!own.Any(gaps.Contains)) return false;
            var reachesOut = own.Any(i => !gaps.Contains(i));
            var before = Math.Max(0, signal.Start - 2);
            var oneself = oneselfInGap || words.Skip(before).Take(signal.End - before).Any(_firstPerson.Contains);
            return (reachesOut || oneselfInGap) && oneself;
        });
    }

    private CrisisSignal CrisisIn(PhraseText read, List<string> reasons)
    {
        if (read.FirstMatch(_crisis) is { } likely)
        {
            reasons.Add($"crisis: \"{likely.Words}\"");
            return CrisisSignal.Likely;
        }
        // Two cues together (a means and an ending, a goodbye and a day) are a signal too, even when no
        // single phrase is.
        var cues = _cues.SelectMany(c => read.AllMatches(c.Patterns).Select(m => (c.Kind, Match: (PhraseMatch?)m))).ToList();
        if (cues.Select(c => c.Kind).Distinct().Count() >= 2
            || cues.GroupBy(c => c.Kind).Any(g => _twiceIsEnough.Contains(g.Key) && g.Select(c => c.Match!.Pattern).Distinct().Count() >= 2))
        {
            reasons.Add("crisis: " + string.Join(" + ", cues.Select(c => $"{c.Kind} \"{c.Match!.Words}\"")));
            return CrisisSignal.Likely;
        }
        if (read.FirstMatch(_unsure) is { } unsure)
        {
            reasons.Add($"possible crisis: \"{unsure.Words}\"");
            return CrisisSignal.Unsure;
        }
        if (cues.FirstOrDefault(c => _askOnOneCue.Contains(c.Kind)) is { Match: not null } one)
        {
            reasons.Add($"possible crisis: {one.Kind} \"{one.Match.Words}\"");
            return CrisisSignal.Unsure;
        }
        return CrisisSignal.None;
    }

    /// <summary>Shouting, "!!!" and swearing with asterisks ("k*t", "f***") need the raw text, not its words.</summary>
    private static string? AngryForm(string text)
    {
        if (MaskedSwearing().IsMatch(EmailAddress().Replace(text, " "))) return "swearing with asterisks";
        if (RepeatedPunctuation().IsMatch(text)) return "repeated punctuation";
        if (ShoutedWord().IsMatch(text)) return "a word in capitals";
        return TextNormalizer.MostlyCapitals(InvoiceOrPostcode().Replace(text, " ")) ? "capitals" : null;
    }

    // "!!" alone is as often joy ("dankjewel!!") as anger; three marks, or "?!", are not.
    [GeneratedRegex(@"[!?]{3,}|!\?|\?!")]
    private static partial Regex RepeatedPunctuation();

    [GeneratedRegex(@"\b\p{L}+[*#$%]+\p{L}*|\b\p{L}[*#$%]{2,}")]
    private static partial Regex MaskedSwearing();

    /// <summary>One shouted word of emphasis ("NU", "BETAALD"), never an abbreviation such as "KVK" or "SMS".</summary>
    [GeneratedRegex(@"\b(NU|NOW|NIET|NOT|NOOIT|NEVER|BETAALD|PAID|GEEN|STOP|ECHT|WEL|MEDEWERKER|MENS|HUMAN|ZELF)\b")]
    private static partial Regex ShoutedWord();

    /// <summary>"incasso@…" is an address, not "sh@t".</summary>
    [GeneratedRegex(@"\S+@\S*")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\b[Ff]\s?-?\d{4}\s?-?\d{5}\b|\b\d{4}\s?[A-Z]{2}\b")]
    private static partial Regex InvoiceOrPostcode();

    internal sealed class CrisisFile
    {
        public Dictionary<string, List<string>> Concepts { get; set; } = [];
        public List<string> Ignore { get; set; } = [];
        public List<string> NeverInIgnoreGaps { get; set; } = [];
        public WishFile WishBeforeDying { get; set; } = new();
        public List<string> SomeoneElse { get; set; } = [];
        public List<string> Denials { get; set; } = [];
        public List<string> FirstPerson { get; set; } = [];
        public SomeoneCloseFile AboutSomeoneClose { get; set; } = new();
        public List<string> Crisis { get; set; } = [];
        public List<string> Unsure { get; set; } = [];
        public Dictionary<string, List<string>> Cues { get; set; } = [];
        public List<string> AskOnOneCue { get; set; } = [];
        public List<string> TwiceIsEnough { get; set; } = [];
        public List<string> LiteralOnly { get; set; } = [];

        /// <summary>Emoji read as a word of their own by the crisis patterns ("🪦" as "grafsteenemoji").</summary>
        public Dictionary<string, string> Emoji { get; set; } = [];
    }

    internal sealed class SomeoneCloseFile
    {
        /// <summary>Patterns that name someone close ("mijn broer", "my wife").</summary>
        public List<string> Named { get; set; } = [];

        /// <summary>Patterns by which the customer says it holds for them too ("en ik ook niet").</summary>
        public List<string> OneselfToo { get; set; } = [];

        /// <summary>Signals of oneself however worded, where the person named is left behind ("beter af zonder").</summary>
        public List<string> OneselfAlways { get; set; } = [];

        /// <summary>Reports of someone close's signal that no pattern of oneself reads ("mijn zus heeft een overdosis genomen").</summary>
        public List<string> Reports { get; set; } = [];

        /// <summary>Words of a death, of long ago or of help under way, in whose presence a report is a story, not a signal ("overleden", "jaren geleden", "krijgt nu hulp").</summary>
        public List<string> NotReportWith { get; set; } = [];

        /// <summary>Words that own a kin word ("mijn", "onze").</summary>
        public List<string> Owners { get; set; } = [];

        /// <summary>Words after which a third-person word is no subject of a signal ("als", "zodra").</summary>
        public List<string> NotSubjectAfter { get; set; } = [];

        /// <summary>Verbs after which a word of oneself only says who was told ("told me").</summary>
        public List<string> ReportingVerbs { get; set; } = [];

        /// <summary>Phrases of a helper ("ik maak me zorgen", "wat moet ik doen").</summary>
        public List<string> Helpers { get; set; } = [];

        /// <summary>Words of oneself besides firstPerson, for this check ("we", "ons").</summary>
        public List<string> WeWords { get; set; } = [];

        /// <summary>Words of a third person ("hij", "she", "zichzelf").</summary>
        public List<string> ThirdPerson { get; set; } = [];
    }

    internal sealed class WishFile
    {
        public List<string> Wishes { get; set; } = [];
        public List<string> Dying { get; set; } = [];
    }

    internal sealed class DistressFile
    {
        public Dictionary<string, List<string>> Concepts { get; set; } = [];
        public List<string> Ignore { get; set; } = [];
        public Dictionary<string, DistressKindFile> Kinds { get; set; } = [];
        public List<string> LiteralOnly { get; set; } = [];
        public double LearnedThreshold { get; set; } = 0.5;
    }

    internal sealed class DistressKindFile
    {
        public List<string> Patterns { get; set; } = [];
        public List<string> Emoji { get; set; } = [];
    }
}
