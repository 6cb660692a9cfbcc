using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Understanding;

public sealed class UnderstandingOptions
{
    public const string Section = "Understanding";

    /// <summary>Intent example phrases, relative to the app's base directory; crisis.yaml and distress.yaml sit beside it.</summary>
    [Required] public string IntentsPath { get; init; } = "dialogs/understanding/intents.yaml";

    /// <summary>Folder of the FAQ files (one common question each), relative to the app's base directory.</summary>
    [Required] public string FaqPath { get; init; } = "dialogs/faq";

    /// <summary>
    /// Folder (relative to the content root) where the trained intent model is kept by the hash of its examples,
    /// so a restart with unchanged examples skips training; empty trains at every start.
    /// </summary>
    public string ModelCachePath { get; init; } = "data/models";

    /// <summary>Serve <c>POST /api/nlu/parse</c> without sign-in (Development); otherwise it is for signed-in staff.</summary>
    public bool OpenParseEndpoint { get; init; }

    /// <summary>Time zone that decides what "today" is for a customer.</summary>
    [Required] public string TimeZone { get; init; } = "Europe/Amsterdam";
}
