using System.Text.RegularExpressions;

namespace WebcareHub.Understanding;

/// <summary>
/// A request to stop or withdraw an agreement (an arrangement, a promise, a direct debit, a request for delay): read
/// as "cancel" whatever the intent model says, and answered by the cancel-agreement dialog (a person's work) instead
/// of "we stop here" or a new arrangement.
/// </summary>
public static partial class AgreementStop
{
    /// <summary>
    /// Whether a message asks to stop one of its agreements in so many words ("kan ik mijn betalingsregeling annuleren?",
    /// "de automatische incasso wil ik opzeggen", "stop de automatische incasso"), however the intent model reads it:
    /// the arrangement dialog would otherwise start a new arrangement. The agreement is the verb's object in one clause
    /// without a negation ("mijn regeling niet opzeggen, alleen verlagen" is no stop), and an agreement already
    /// stopped ("ingetrokken", "was cancelled") is a complaint, not a request.
    /// </summary>
    public static bool AskedIn(string text) => StopAgreement().IsMatch(text) && !NegatedStop().IsMatch(text);

    private const string StopVerb = @"(?:annuleer|annuleren|intrekken|stopzetten|stop\s*zetten|opzeggen|opheffen|beeindigen|beëindigen|cancel|cancelling|canceling|withdraw|withdrawing|terminate|terminating|revoke|revoking|end(?!\s+of\b))";
    private const string AgreementNoun = @"(?:regeling|betalingsregeling|betaalregeling|afbetalingsregeling|afbetalingsplan|betaalafspraak|betalingsafspraak|betaalbelofte|automatische\s+incasso|incassomachtiging|machtiging|sepa-machtiging|domiciliëring|domiciliering|afschrijving|afschrijvingen|verzoek\s+om\s+(?:uitstel|een\s+regeling|een\s+betalingsregeling)|uitstel|arrangement|payment\s+plan|payment\s+arrangement|payment\s+agreement|repayment\s+plan|instalment\s+plan|installment\s+plan|direct\s+debit|mandate)";
    private const string Agreement = @"(?:(?:mijn|mn|m'n|de|die|deze|dat|dit|het|onze|my|the|our|that|this)\s+)?(?:[\p{L}-]+\s+){0,2}?" + AgreementNoun;

    [GeneratedRegex(@"\b" + StopVerb + @"\s+(?:[^.!?,;]{0,25}?\s)?" + Agreement + @"\b|\b" + Agreement + @"\b[^.!?,;]{0,30}?\b" + StopVerb + @"\b|\b(?:zet|zetten)\s+(?:[\p{L}']+\s+){0,2}?" + Agreement + @"\s+(?:maar\s+|nu\s+|aub\s+|even\s+)?stop\b|\b(?:trek|trekken)\s+(?:ik\s+)?(?:[\p{L}']+\s+){0,2}?" + Agreement + @"\s+(?:maar\s+|nu\s+|toch\s+)?in\s*(?:[.!?,;]|$)|\b(?:stop|stoppen|stopping)\s+(?:met\s+|with\s+)?(?:(?:mijn|mn|m'n|de|die|deze|het|my|the|our)\s+)?(?:[\p{L}-]+\s+)?(?:automatische\s+incasso|machtiging|afschrijving|afschrijvingen|direct\s+debit|regeling|betalingsregeling|payment\s+plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopAgreement();

    [GeneratedRegex(@"\b(?:niet|geen|nie|not|don't|dont|do not|never|nooit)\b[^.!?,;]{0,30}?\b" + StopVerb + @"\b|\b" + StopVerb + @"\b[^.!?,;]{0,6}\b(?:niet|not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedStop();
}
