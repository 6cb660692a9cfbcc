using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>Server-to-server secrets; several may be active at once for rotation. Never put one in a page.</summary>
    public string[] Secrets { get; init; } = [];

    /// <summary>Origins (scheme://host[:port]) whose pages may call the channel from a browser, besides the app's own.</summary>
    public string[] AllowedOrigins { get; init; } = [];

    [Range(60, 86_400)] public int TokenLifetimeSeconds { get; init; } = 1800;
    [Range(5, 600)] public int StreamTokenLifetimeSeconds { get; init; } = 60;
    [Range(1_024, 4_194_304)] public int MaxActivityBytes { get; init; } = 262_144;
    [Range(1, 300)] public int KeepAliveSeconds { get; init; } = 15;
    [Range(1, 50)] public int MaxStreamsPerConversation { get; init; } = 5;
    [Range(1, 1000)] public int MaxActivitiesPerGet { get; init; } = 100;

    /// <summary>Widget tokens (<c>POST /api/chat/token</c>) per client IP per minute.</summary>
    [Range(1, 10_000)] public int ChatTokensPerMinute { get; init; } = 20;

    /// <summary><c>POST /tokens/generate</c> calls per client IP per minute (server-to-server).</summary>
    [Range(1, 100_000)] public int GeneratedTokensPerMinute { get; init; } = 600;

    /// <summary>Activities (messages, typing, events, uploads) one conversation may post per minute.</summary>
    [Range(1, 100_000)] public int ActivitiesPerMinute { get; init; } = 120;

    /// <summary>
    /// Token refreshes per conversation per hour (Web Chat refreshes every 15 minutes). Each refresh retires the
    /// token it was called with, so a token can never be multiplied.
    /// </summary>
    [Range(1, 1_000)] public int TokenRefreshesPerHour { get; init; } = 10;

    [Required] public UploadOptions Uploads { get; init; } = new();

    public TimeSpan TokenLifetime => TimeSpan.FromSeconds(TokenLifetimeSeconds);
    public TimeSpan StreamTokenLifetime => TimeSpan.FromSeconds(StreamTokenLifetimeSeconds);
}

public sealed class UploadOptions
{
    public bool Enabled { get; init; } = true;
    [Range(1, 104_857_600)] public int MaxFileBytes { get; init; } = 4_194_304;
    [Range(1, 20)] public int MaxFiles { get; init; } = 3;
    public string[] ContentTypes { get; init; } = ["image/png", "image/jpeg", "application/pdf"];
}
