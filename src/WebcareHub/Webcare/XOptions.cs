namespace WebcareHub.Webcare;

/// <summary>X (Account Activity API webhooks and API v2 replies).</summary>
public sealed class XOptions
{
    /// <summary>Consumer secret: the CRC answer and <c>x-twitter-webhooks-signature</c> are its HMAC-SHA256.</summary>
    public string ConsumerSecret { get; init; } = "";

    public string ApiBaseUrl { get; init; } = "https://api.x.com";

    /// <summary>User-context access token of the company account, used to publish replies.</summary>
    public string AccessToken { get; init; } = "";
}
