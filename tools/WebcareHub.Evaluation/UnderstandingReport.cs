using System.Globalization;
using System.Text;
using System.Text.Json;
using WebcareHub.Understanding;
using WebcareHub.Understanding.Dates;

namespace WebcareHub.Evaluation;

/// <summary>One labelled message of a held-out set.</summary>
public sealed record LabelledMessage(string Text, string? Intent, IReadOnlySet<DistressKind> Distress, bool Crisis, DateOnly? Date)
{
    /// <summary>Whether the set labels dates at all (a "date" field, null when no single day is meant).</summary>
    public bool HasDateLabel { get; init; }

    /// <summary>Whether a crisis signal is told of someone close (a worried relative), when the set labels it.</summary>
    public bool? AboutSomeoneClose { get; init; }
}

/// <summary>
/// Scores the understanding on labelled messages: intent accuracy, the bot's decision (<see cref="Reading"/>,
/// as the turn handler takes it), distress per kind, crisis recall and false alarms, and dates. The tests use
/// it to keep each figure above its floor; the evaluation command prints it.
/// </summary>
public sealed class UnderstandingReport
{
    public static readonly DateOnly ReferenceDay = new(2026, 11, 30);

    private readonly List<(LabelledMessage Message, MessageUnderstanding Got, Reading Reading)> _rows = [];

    public UnderstandingReport(IEnumerable<LabelledMessage> messages, Understander understander, IntentSettings settings)
    {
        foreach (var message in messages)
        {
            var got = understander.Understand(message.Text, ReferenceDay);
            _rows.Add((message, got, Reading.Of(got, settings)));
        }
    }

    public static IReadOnlyList<LabelledMessage> Read(string path) => File.ReadLines(path)
        .Where(l => l.Trim().Length > 0)
        .Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var e = doc.RootElement;
            var kinds = e.TryGetProperty("distress", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Select(k => Enum.Parse<DistressKind>(k.GetString()!, ignoreCase: true)).ToHashSet()
                : [];
            DateOnly? date = e.TryGetProperty("date", out var day) && day.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(day.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            return new LabelledMessage(e.GetProperty("text").GetString()!,
                e.TryGetProperty("intent", out var i) ? i.GetString() : null, kinds,
                e.TryGetProperty("crisis", out var c) && c.GetBoolean(), date)
            {
                HasDateLabel = e.TryGetProperty("date", out _),
                AboutSomeoneClose = e.TryGetProperty("aboutSomeoneClose", out var close) ? close.GetBoolean() : null,
            };
        })
        .ToList();

    private IEnumerable<(LabelledMessage Message, MessageUnderstanding Got, Reading Reading)> WithIntent =>
        _rows.Where(r => r.Message.Intent is not null && !r.Message.Crisis);

    public double IntentAccuracy => Share(WithIntent, r => r.Got.Intent == r.Message.Intent);

    /// <summary>Share of messages where the bot would start a dialog other than the right one without asking.</summary>
    public double WrongDialogRate => Share(WithIntent, r => IsWrongStart(r.Message, r.Reading));

    /// <summary>Right dialog, or a clarifying question that offers the right one.</summary>
    public double RightOrAskedRate => Share(WithIntent, r => IsRightOrAsked(r.Message, r.Reading));

    public double ClarifyRate => Share(WithIntent, r => r.Reading.Kind == ReadingKind.Clarify);

    public double CrisisRecall => Share(_rows.Where(r => r.Message.Crisis), r => r.Got.Distress.Signal != CrisisSignal.None);

    public double CrisisLikelyRecall => Share(_rows.Where(r => r.Message.Crisis), r => r.Got.Distress.Signal == CrisisSignal.Likely);

    public double CrisisFalseAlarms => Share(_rows.Where(r => !r.Message.Crisis), r => r.Got.Distress.Signal != CrisisSignal.None);

    /// <summary>How many false alarms the phrase lists raised and how many the learned reader alone: counts only, so
    /// a held-out set shows where to look without showing its sentences.</summary>
    public (int Phrases, int LearnedReader) CrisisFalseAlarmSources
    {
        get
        {
            var alarms = _rows.Where(r => !r.Message.Crisis && r.Got.Distress.Signal != CrisisSignal.None).ToList();
            var learned = alarms.Count(r => r.Got.Distress.Reasons.Any(x => x.StartsWith("possible crisis: learned reader", StringComparison.Ordinal)));
            return (alarms.Count - learned, learned);
        }
    }

    /// <summary>Signals and look-alikes answered as told of someone close (the worried relative's answer).</summary>
    public (int Signals, int LookAlikes) AboutSomeoneClose => (
        _rows.Count(r => r.Message.Crisis && r.Got.Distress.AboutSomeoneClose),
        _rows.Count(r => !r.Message.Crisis && r.Got.Distress.AboutSomeoneClose));

    /// <summary>
    /// On a set that labels who the signal is about: relatives' reports noticed at all and given the relative's answer,
    /// and the writer's own signals wrongly given the relative's answer. Null when the set has no such labels.
    /// </summary>
    public (int Relatives, int Noticed, int RelativeAnswer, int Own, int OwnAsRelative)? SomeoneCloseLabelled
    {
        get
        {
            var labelled = _rows.Where(r => r.Message.Crisis && r.Message.AboutSomeoneClose is not null).ToList();
            if (labelled.Count == 0) return null;
            var relatives = labelled.Where(r => r.Message.AboutSomeoneClose == true).ToList();
            var own = labelled.Where(r => r.Message.AboutSomeoneClose == false).ToList();
            return (relatives.Count, relatives.Count(r => r.Got.Distress.Signal != CrisisSignal.None),
                relatives.Count(r => r.Got.Distress.AboutSomeoneClose), own.Count, own.Count(r => r.Got.Distress.AboutSomeoneClose));
        }
    }

    public int CrisisPositives => _rows.Count(r => r.Message.Crisis);

    public int CrisisNegatives => _rows.Count(r => !r.Message.Crisis);

    /// <summary>Any distress noticed on messages labelled with some kind (recall), and labelled so when noticed (precision).</summary>
    public (double Recall, double Precision) DistressAny => (
        Share(_rows.Where(r => r.Message.Distress.Count > 0), r => r.Got.Distress.Kinds.Count > 0),
        Share(_rows.Where(r => r.Got.Distress.Kinds.Count > 0), r => r.Message.Distress.Count > 0 || r.Message.Crisis));

    public (double Recall, double Precision, int Labelled) DistressOf(DistressKind kind) => (
        Share(_rows.Where(r => r.Message.Distress.Contains(kind)), r => r.Got.Distress.Kinds.Contains(kind)),
        Share(_rows.Where(r => r.Got.Distress.Kinds.Contains(kind)), r => r.Message.Distress.Contains(kind)),
        _rows.Count(r => r.Message.Distress.Contains(kind)));

    public double DateAccuracy => Share(_rows.Where(r => r.Message.Date is not null),
        r => r.Got.Entities.Date is { IsUsable: true } d && d.Due == r.Message.Date);

    public int DateCount => _rows.Count(r => r.Message.Date is not null);

    /// <summary>
    /// Messages labelled with no single day for which one day was read anyway (a day the customer did not name).
    /// Periods ("volgende week", "begin januari") are not counted: the bot offers their last day as a deadline to confirm.
    /// </summary>
    public double DateInventedRate => Share(_rows.Where(r => r.Message.Date is null && r.Message.HasDateLabel),
        r => r.Got.Entities.Date is { Kind: DateMentionKind.Day });

    public int DateNullCount => _rows.Count(r => r.Message.Date is null && r.Message.HasDateLabel);

    public int Count => _rows.Count;

    private static bool IsRightOrAsked(LabelledMessage m, Reading r) => r.Kind switch
    {
        ReadingKind.Intent => r.Intent == m.Intent,
        ReadingKind.Clarify => r.Intent == m.Intent || r.Alternative == m.Intent,
        ReadingKind.NotUnderstood => m.Intent == IntentClassifier.Other,
        _ => true, // a crisis question on a non-crisis message is counted under false alarms
    };

    private static bool IsWrongStart(LabelledMessage m, Reading r) => r.Kind == ReadingKind.Intent && r.Intent != m.Intent;

    private static double Share<T>(IEnumerable<T> rows, Func<T, bool> ok)
    {
        var list = rows.ToList();
        return list.Count == 0 ? double.NaN : (double)list.Count(ok) / list.Count;
    }

    /// <summary>
    /// Every message read wrongly, one per line, to study a development set. Never print it for the held-out sets:
    /// their figures are only honest while nobody tunes on their sentences.
    /// </summary>
    public IEnumerable<string> Failures()
    {
        foreach (var (message, got, reading) in _rows)
        {
            var problems = new List<string>();
            if (message.Crisis && got.Distress.Signal == CrisisSignal.None) problems.Add("crisis missed");
            if (!message.Crisis && got.Distress.Signal != CrisisSignal.None) problems.Add($"crisis false alarm ({string.Join("; ", got.Distress.Reasons)})");
            if (message.Crisis && message.AboutSomeoneClose is { } close && close != got.Distress.AboutSomeoneClose && got.Distress.Signal != CrisisSignal.None)
                problems.Add(close ? "relative's report given the customer's own answer" : "own signal given the relative's answer");
            if (message.Intent is not null && !message.Crisis && IsWrongStart(message, reading)) problems.Add($"{message.Intent} read as {reading.Intent}");
            if (message.Date is { } day && !(got.Entities.Date is { IsUsable: true } d && d.Due == day))
                problems.Add($"date {day:yyyy-MM-dd} read as {(got.Entities.Date is { } found ? $"{found.Due:yyyy-MM-dd}{(found.IsUsable ? "" : " (unusable)")}" : "none")}");
            if (message.Date is null && message.HasDateLabel && got.Entities.Date is { Kind: DateMentionKind.Day } invented)
                problems.Add($"no day meant, read {invented.Start:yyyy-MM-dd}..{invented.End:yyyy-MM-dd}");
            if (message.Intent is not null && !message.Crisis && !IsRightOrAsked(message, reading) && reading.Kind == ReadingKind.NotUnderstood)
                problems.Add($"{message.Intent} not understood");
            foreach (var kind in message.Distress.Except(got.Distress.Kinds)) problems.Add($"{kind} missed");
            foreach (var kind in got.Distress.Kinds.Except(message.Distress)) problems.Add($"{kind} not labelled");
            if (problems.Count > 0) yield return $"{string.Join(", ", problems)}: {message.Text}";
        }
    }

    public string Describe(bool withConfusion)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{Count} messages");
        text.AppendLine(inv, $"Intent accuracy (classifier): {IntentAccuracy:P1}");
        text.AppendLine(inv, $"Decision through Reading: right dialog or asked {RightOrAskedRate:P1}, asked {ClarifyRate:P1}, wrong dialog started {WrongDialogRate:P1}");
        foreach (var group in WithIntent.GroupBy(r => r.Message.Intent!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            text.AppendLine(inv, $"  {group.Key,-26} {list.Count(r => r.Got.Intent == group.Key),3}/{list.Count,-3} {Share(list, r => r.Got.Intent == group.Key),7:P1}   wrong start {list.Count(r => IsWrongStart(r.Message, r.Reading)),2}");
        }
        if (withConfusion)
        {
            text.AppendLine("Confusion (expected → got, count):");
            foreach (var pair in WithIntent.Where(r => r.Got.Intent != r.Message.Intent)
                .GroupBy(r => (r.Message.Intent, r.Got.Intent)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal))
                text.AppendLine(inv, $"  {pair.Key.Item1,-26} → {pair.Key.Item2,-26} {pair.Count(),3}");
        }
        var (anyRecall, anyPrecision) = DistressAny;
        text.AppendLine(inv, $"Distress (any kind): recall {anyRecall:P1}, precision {anyPrecision:P1}");
        foreach (var kind in Enum.GetValues<DistressKind>())
        {
            var (recall, precision, labelled) = DistressOf(kind);
            text.AppendLine(inv, $"  {kind,-8} recall {recall,7:P1}  precision {precision,7:P1}  ({labelled} labelled)");
        }
        text.AppendLine(inv, $"Crisis: recall {CrisisRecall:P1} of {CrisisPositives} (answered at once {CrisisLikelyRecall:P1}, the rest asked gently), false alarms {CrisisFalseAlarms:P1} of {CrisisNegatives}");
        text.AppendLine(inv, $"Dates: {DateAccuracy:P1} of {DateCount}; one day read where none is meant: {DateInventedRate:P1} of {DateNullCount}");
        return text.ToString();
    }
}
