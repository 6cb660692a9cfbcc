namespace WebcareHub.Bot.Dialogs;

/// <summary>One file of <c>dialogs/</c>: steps the bot walks through and the texts they say, per language.</summary>
public sealed class DialogDefinition
{
    public string Id { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Intents (see dialogs/understanding/intents.yaml) that start this dialog.</summary>
    public List<string> Intents { get; set; } = [];

    /// <summary>Messages that start this dialog, per language ("nl", "en"), compared without case and punctuation.</summary>
    public Dictionary<string, List<string>> Triggers { get; set; } = [];

    /// <summary>The steps in order; the first one is where the dialog starts.</summary>
    public List<DialogStep> Steps { get; set; } = [];

    /// <summary>Text key → language → variations (one is picked at random each time).</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Texts { get; set; } = [];
}

public sealed class DialogStep
{
    public string Id { get; set; } = "";

    /// <summary>Key of the text to send; <c>other-dialog.key</c> uses another dialog's text.</summary>
    public string? Say { get; set; }

    /// <summary>Keys of texts offered as buttons (suggested actions) under the message.</summary>
    public List<string> Suggest { get; set; } = [];

    /// <summary>The step that follows at once; <c>other-dialog.step</c> continues in another dialog.</summary>
    public string? Next { get; set; }

    /// <summary>
    /// What the step waits for after saying its text: an entity (<c>invoiceNumber</c>, <c>postcode</c>,
    /// <c>date</c>, <c>yesNo</c>) or <c>text</c> (any answer). The answer is kept under <see cref="Id"/>'s entity name.
    /// </summary>
    public string? Ask { get; set; }

    /// <summary>The value the answer is kept under, when not the kind asked for (<c>ask: date, into: birthDate</c>).</summary>
    public string? Into { get; set; }

    /// <summary>The value key this step's answer goes into.</summary>
    public string? AnswerKey => Into ?? Ask;

    /// <summary>Text said when the answer lacks what <see cref="Ask"/> wants; the question then stands.</summary>
    public string? Invalid { get; set; }

    /// <summary>For a date question: text said when the day named can be read two ways ({dateOption1}, {dateOption2}).</summary>
    public string? Ambiguous { get; set; }

    /// <summary>A C# action by key (see BotActions); its outcome picks the next step from <see cref="Branches"/>.</summary>
    public string? Action { get; set; }

    /// <summary>Arguments for <see cref="Action"/> (<c>with: { reason: dispute, urgency: high }</c>).</summary>
    public Dictionary<string, string> With { get; set; } = [];

    /// <summary>Outcome (of an action, or "yes"/"no" of a yesNo question) → next step.</summary>
    public Dictionary<string, string> Branches { get; set; } = [];

    /// <summary>Runs another dialog first and comes back to <see cref="Next"/> when it ends (unless it stops).</summary>
    public string? Call { get; set; }

    /// <summary>Values forgotten on entering the step, so their questions are asked again (<c>clear: [date]</c>).</summary>
    public List<string> Clear { get; set; } = [];

    /// <summary>Ends the whole conversation flow here, without returning to a calling dialog.</summary>
    public bool Stop { get; set; }
}
