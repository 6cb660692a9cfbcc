using WebcareHub.Invoices;

namespace WebcareHub.Bot.Dialogs;

/// <summary>What an action sees: the conversation's values (it may change them) and the customer's language.</summary>
public sealed record ActionContext(ConversationValues Values, string Locale, string ConversationKey, CancellationToken Ct);

/// <summary>
/// The C# work dialogs ask for by key (<c>action: verification.check</c>). Each returns an outcome that the
/// step's <c>branches</c> map to the next step. Dialog files are checked against <see cref="Keys"/> at start-up.
/// </summary>
public sealed class BotActions(Verification verification, InvoiceFacts invoices)
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>
    {
        "verification.status", "verification.check", "invoices.describe",
    };

    /// <summary>The outcomes each action can return, so the validator can insist every one has a branch.</summary>
    public static IReadOnlyList<string> OutcomesOf(string key) => key switch
    {
        "verification.status" => [Verification.Verified, "unverified", Verification.Locked],
        "verification.check" => [Verification.Verified, Verification.Failed, Verification.Locked],
        "invoices.describe" => ["open", "reminder-sent", "final-notice", "in-collection", "partly-paid", "paid"],
        _ => [],
    };

    public async Task<string> RunAsync(string key, ActionContext context) => key switch
    {
        "verification.status" => verification.Status(context.Values),
        "verification.check" => await verification.CheckAsync(context.Values, context.ConversationKey, context.Ct),
        "invoices.describe" => await DescribeInvoiceAsync(context),
        _ => throw new InvalidOperationException($"Unknown bot action '{key}'"),
    };

    private async Task<string> DescribeInvoiceAsync(ActionContext context)
    {
        var facts = await invoices.DescribeAsync(int.Parse(context.Values["invoiceId"]!), context.Locale, context.Ct)
            ?? throw new InvalidOperationException("The verified invoice no longer exists");
        foreach (var (key, value) in facts) context.Values[key] = value;
        return facts["status"];
    }
}
