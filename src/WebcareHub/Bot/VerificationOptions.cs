using System.ComponentModel.DataAnnotations;

namespace WebcareHub.Bot;

public sealed class VerificationOptions
{
    public const string Section = "Verification";
    public const string InvoiceAndPostcode = "InvoiceAndPostcode";
    public const string CustomerAndBirthDate = "CustomerAndBirthDate";

    /// <summary>What the customer proves themselves with: invoice number + postcode, or customer number + date of birth.</summary>
    [Required, RegularExpression("^(InvoiceAndPostcode|CustomerAndBirthDate)$")] public string Method { get; init; } = InvoiceAndPostcode;

    /// <summary>Failed checks one conversation may make before the bot stops asking and offers a person.</summary>
    [Range(1, 10)] public int MaxFailuresPerConversation { get; init; } = 3;

    /// <summary>Failed checks on one invoice number, across all conversations, within the window.</summary>
    [Range(1, 50)] public int MaxFailuresPerInvoice { get; init; } = 5;

    /// <summary>
    /// Failed checks from one source (a client address, across all its conversations) within the window: guessing
    /// other people's invoice numbers from one place stops there.
    /// </summary>
    [Range(1, 100)] public int MaxFailuresPerSource { get; init; } = 8;

    [Range(1, 1440)] public int FailureWindowMinutes { get; init; } = 60;

    /// <summary>How long a verification counts; after it the bot asks again before it shows anything of the invoice.</summary>
    [Range(1, 1440)] public int ValidForMinutes { get; init; } = 30;
}
