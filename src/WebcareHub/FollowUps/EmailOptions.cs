using System.ComponentModel.DataAnnotations;

namespace WebcareHub.FollowUps;

/// <summary>How e-mail leaves the app: over SMTP, or (Development) as .eml files in a pickup folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Smtp</c>, or <c>Pickup</c> to write each message as an .eml file a developer can open.</summary>
    [Required, RegularExpression("Smtp|Pickup")] public string Delivery { get; init; } = "Smtp";

    [Required] public string SmtpHost { get; init; } = "localhost";

    [Range(1, 65535)] public int SmtpPort { get; init; } = 587;

    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    [Required, RegularExpression("None|Auto|SslOnConnect|StartTls|StartTlsWhenAvailable")] public string SmtpSecurity { get; init; } = "StartTls";

    /// <summary>Empty: no authentication.</summary>
    public string SmtpUserName { get; init; } = "";

    /// <summary>From user-secrets or the environment, never a committed file.</summary>
    public string SmtpPassword { get; init; } = "";

    [Required, EmailAddress] public string FromAddress { get; init; } = "klantenservice@incasso-en-co.example";

    [Required] public string FromName { get; init; } = "Incasso & Co";

    /// <summary>Folder of the .eml files with <c>Delivery: Pickup</c>, relative to the content root.</summary>
    [Required] public string PickupFolder { get; init; } = "data/mail";

    /// <summary>After this many failed tries a summary stops being retried and shows as failed on the jobs page.</summary>
    [Range(1, 100)] public int MaxAttempts { get; init; } = 10;
}
