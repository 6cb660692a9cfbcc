using WebcareHub.Common;

namespace WebcareHub.Invoices;

/// <summary>Amounts as a customer reads them: "€ 1.234,56" in Dutch, "€1,234.56" in English.</summary>
public static class Money
{
    public static string Format(long cents, string locale) => (locale == Locales.English ? "€" : "€ ") + (cents / 100m).ToString("N2", Locales.Culture(locale));
}
