namespace WebcareHub.Common;

/// <summary>The languages the bot speaks: Dutch by default, English on request.</summary>
public static class Locales
{
    public const string Dutch = "nl-NL";
    public const string English = "en-US";

    /// <summary>Maps any client locale ("en", "en-GB", "nl-BE") to one the bot writes in.</summary>
    public static string Normalize(string? locale, string fallback = Dutch) =>
        locale is null ? fallback
        : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
        : locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Dutch
        : fallback;

    /// <summary>How dates and numbers are written for the customer: Dutch, or British English (day before month).</summary>
    public static System.Globalization.CultureInfo Culture(string locale) =>
        System.Globalization.CultureInfo.GetCultureInfo(locale == English ? "en-GB" : "nl-NL");

    /// <summary>The language key used in dialog files: <c>nl</c> or <c>en</c>.</summary>
    public static string Language(string locale) => locale == English ? "en" : "nl";

    /// <summary>The locale of a language key kept with a row (<c>en</c> or <c>nl</c>): the inverse of <see cref="Language"/>.</summary>
    public static string OfLanguage(string language) => language == "en" ? English : Dutch;
}
