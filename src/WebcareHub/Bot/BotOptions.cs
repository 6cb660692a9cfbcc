using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Bot;

public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The bot's account id in every activity it sends (<c>from.id</c>).</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.:-]{1,64}$")] public string Id { get; init; } = "webcarehub-bot";

    /// <summary>The bot's display name.</summary>
    [Required] public string Name { get; init; } = "Webcare";

    /// <summary>Folder of the dialog files, relative to the app's base directory (the build copies <c>dialogs/</c> there).</summary>
    [Required] public string DialogsPath { get; init; } = "dialogs";

    /// <summary>Watch the dialogs folder and reload on change (Development); a broken edit keeps the last good dialogs.</summary>
    public bool ReloadDialogsOnChange { get; init; }

    /// <summary>The agency's number in the Justis register of collection agencies, given when a customer asks.</summary>
    [Required] public string RegisterNumber { get; init; } = "";

    /// <summary>Language used when a customer's locale is missing or not supported.</summary>
    [Required] public string DefaultLocale { get; init; } = "nl-NL";
}
