using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Understanding;

public sealed class UnderstandingOptions
{
    public const string Section = "Understanding";

    /// <summary>Intent example phrases, relative to the app's base directory.</summary>
    [Required] public string IntentsPath { get; init; } = "dialogs/understanding/intents.yaml";

    /// <summary>Serve <c>POST /api/nlu/parse</c> without sign-in (Development); otherwise it is for signed-in staff.</summary>
    public bool OpenParseEndpoint { get; init; }

    /// <summary>Time zone that decides what "today" is for a customer.</summary>
    [Required] public string TimeZone { get; init; } = "Europe/Amsterdam";
}
