namespace WebcareHub.Understanding;

/// <summary>The feelings the console and the bot tell apart. Order is the order the bot acknowledges them in.</summary>
public enum DistressKind
{
    Grief,
    Fear,
    Despair,
    Shame,
    Anger,
}

/// <summary>How sure the crisis model is that a message carries a possible suicide or self-harm signal.</summary>
public enum CrisisSignal
{
    None,

    /// <summary>Words that can mean it: the bot asks gently before anything else.</summary>
    Unsure,

    /// <summary>The bot gives 113 and a person at once.</summary>
    Likely,
}

/// <summary>What the distress and crisis models read in one message, with the words that made them say so.</summary>
public sealed record Distress(IReadOnlySet<DistressKind> Kinds, CrisisSignal Signal, IReadOnlyList<string> Reasons)
{
    public static readonly Distress None = new(new HashSet<DistressKind>(), CrisisSignal.None, []);

    public bool Crisis => Signal == CrisisSignal.Likely;

    /// <summary>
    /// The crisis signal is told of someone close, not of the customer ("mijn zoon zegt dat hij dood wil"): the bot
    /// answers the worried relative (112 in danger, 113 for relatives too, a person) instead of asking about the customer.
    /// </summary>
    public bool AboutSomeoneClose { get; init; }

    public bool Any => Kinds.Count > 0 || Signal != CrisisSignal.None;

    /// <summary>The same reading with an unsure crisis signal (the bot asks gently), saying why.</summary>
    public Distress WithPossibleCrisis(string reason) => this with { Signal = CrisisSignal.Unsure, Reasons = [.. Reasons, reason] };

    /// <summary>The kinds as lower-case names in acknowledgement order ("fear,anger"), as kept in conversation values.</summary>
    public string KindNames => string.Join(',', Kinds.Order().Select(k => k.ToString().ToLowerInvariant()));

    /// <summary>Two lists of kind names ("fear,anger") as one, each kind once, earlier ones first; null when both are empty.</summary>
    public static string? MergeKindNames(string? earlier, string? now)
    {
        var kinds = $"{earlier},{now}".Split(',', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        return kinds.Count == 0 ? null : string.Join(',', kinds);
    }
}
