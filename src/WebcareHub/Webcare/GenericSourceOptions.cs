namespace WebcareHub.Webcare;

/// <summary>The generic webhook for other sources (LinkedIn, imports, manual entry).</summary>
public sealed class GenericSourceOptions
{
    /// <summary><c>X-Webcare-Signature</c> is <c>sha256=</c> + hex HMAC-SHA256 of the raw body with this secret.</summary>
    public string Secret { get; init; } = "";
}
