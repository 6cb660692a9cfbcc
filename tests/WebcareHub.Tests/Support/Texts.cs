using WebcareHub.Bot.Dialogs;

namespace WebcareHub.Tests.Support;

/// <summary>The real dialog texts, so tests accept any variation of a text rather than one hard-coded sentence.</summary>
public static class Texts
{
    private static readonly Lazy<DialogCatalog> Catalog =
        new(() => DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    public static IReadOnlyList<string> Variations(string dialogId, string key, string language) =>
        Catalog.Value[dialogId].Texts[key][language];

    public static bool IsOneOf(string? text, string dialogId, string key, string language) =>
        text is not null && Variations(dialogId, key, language).Contains(text);

    /// <summary>Dutch <see cref="IsOneOf"/> for a text said on <see cref="WebcareAppFactory.ClosedToday"/>, its "{backAt}" filled in.</summary>
    public static bool IsOneOfClosedToday(string? text, string dialogId, string key) =>
        IsOneOf(text?.Replace(WebcareAppFactory.ClosedTodayBackAt, "{backAt}", StringComparison.Ordinal), dialogId, key, "nl");
}
