namespace WebcareHub.Understanding.Dates;

public enum DateMentionKind
{
    /// <summary>One calendar day.</summary>
    Day,
    /// <summary>A period, both ends inclusive ("deze week", "uiterlijk vrijdag" = today up to Friday).</summary>
    Period,
    /// <summary>Two or more readings are plausible ("volgende vrijdag" said on a Monday); ask, don't guess.</summary>
    Ambiguous,
    /// <summary>The words name a day that does not exist ("30 februari").</summary>
    Impossible,
    /// <summary>A day gone by that the customer tells about ("op 20 november al betaald"): no day of paying.</summary>
    Past,
}

/// <summary>A day or period found in a customer's words, resolved against "today".</summary>
public sealed record DateMention(DateMentionKind Kind, DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> Alternatives)
{
    public static DateMention Day(DateOnly day) => new(DateMentionKind.Day, day, day, []);

    public static DateMention Period(DateOnly start, DateOnly end) => new(DateMentionKind.Period, start, end, []);

    public static DateMention Ambiguous(params DateOnly[] readings) =>
        new(DateMentionKind.Ambiguous, readings.Min(), readings.Max(), readings);

    public static DateMention PastDay(DateOnly day) => new(DateMentionKind.Past, day, day, []);

    public static readonly DateMention Impossible = new(DateMentionKind.Impossible, default, default, []);

    public bool IsUsable => Kind is DateMentionKind.Day or DateMentionKind.Period;

    /// <summary>The day a payment promised for this day or period is due: its last day, unless the period says
    /// otherwise (a payment "volgende week" is due on that week's Friday, as an agent notes it).</summary>
    public DateOnly Due => DueDay ?? End;

    /// <summary>Set for a period whose due day is not its last day.</summary>
    public DateOnly? DueDay { get; init; }

    /// <summary>A day or period, also one gone by that is only told about: a date was named.</summary>
    public bool NamesADay => IsUsable || Kind == DateMentionKind.Past;
}
