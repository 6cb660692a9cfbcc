namespace WebcareHub.Webcare;

/// <summary>Facebook and Instagram (Graph API webhooks and comment replies).</summary>
public sealed class MetaOptions
{
    /// <summary>App secret: <c>X-Hub-Signature-256</c> is its HMAC-SHA256 of the raw body.</summary>
    public string AppSecret { get; init; } = "";

    /// <summary>The token Meta sends back in the subscription handshake (<c>hub.verify_token</c>).</summary>
    public string VerifyToken { get; init; } = "";

    /// <summary>Graph API base URL including the version.</summary>
    public string GraphBaseUrl { get; init; } = "https://graph.facebook.com/v21.0";

    /// <summary>Page access token used to publish replies.</summary>
    public string PageAccessToken { get; init; } = "";
}
