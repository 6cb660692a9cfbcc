namespace WebcareHub.Agreements;

/// <summary>
/// What became of a request to make an agreement: allowed (a check), recorded (saved), or why not. The bot
/// branches on these (as kebab-case keys) and the console receives them by name.
/// </summary>
public enum AgreementOutcome
{
    /// <summary>The checks pass; nothing is saved yet.</summary>
    Allowed,
    Recorded,
    /// <summary>The chat has no verified invoice to record it on.</summary>
    NotVerified,
    NothingToPay,
    /// <summary>The customer disputes the invoice: no payment prompts until it has been checked.</summary>
    Disputed,
    AlreadyPromised,
    AlreadyArranged,
    /// <summary>Two broken promises: only a person may agree a new one.</summary>
    PersonOnly,
    DayInPast,
    DayTooFar,
    BelowMinimum,
    TooLong,
    /// <summary>
    /// The monthly amount pays everything at once: that is a payment date, agreed as a promise (with its rules after a
    /// broken one), never an arrangement of one instalment.
    /// </summary>
    OneInstalment,
}
