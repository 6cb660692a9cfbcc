namespace WebcareHub.Invoices;

/// <summary>Amounts as a customer reads them: "€ 1.234,56" in Dutch, "€1,234.56" in English.</summary>
public static class Money
{
    public static string Format(long cents, string locale) => (locale == Bot.Locales.English ? "€" : "€ ") + (cents / 100m).ToString("N2", Bot.Locales.Culture(locale));
}
