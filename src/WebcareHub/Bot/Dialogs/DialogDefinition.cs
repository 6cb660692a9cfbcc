namespace WebcareHub.Bot.Dialogs;

/// <summary>One file of <c>dialogs/</c>: steps the bot walks through and the texts they say, per language.</summary>
public sealed class DialogDefinition
{
    public string Id { get; set; } = "";
    public string? Description { get; set; }

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
}
