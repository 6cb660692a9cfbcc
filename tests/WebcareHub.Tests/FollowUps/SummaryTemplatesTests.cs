using WebcareHub.FollowUps;
using WebcareHub.Tests.Bot;

namespace WebcareHub.Tests.FollowUps;

public sealed class SummaryTemplatesTests
{
    private static SummaryTemplates Real() => new(Path.Combine(AppContext.BaseDirectory, "dialogs", "emails"));

    [Fact]
    public void Templates_NeverThreatenOrUseWordsTheRulesForbid()
    {
        var texts = Real().AllTexts().ToList();

        Assert.Contains(texts, t => t.Where == "promise-summary.body.nl");
        Assert.Empty(texts.Where(t => DialogCatalogTests.ForbiddenWords.Any(f => t.Text.Contains(f, StringComparison.OrdinalIgnoreCase))).Select(t => t.Where));
    }

    [Fact]
    public void CallbackTexts_NeverThreatenOrUseWordsTheRulesForbid()
    {
        var texts = new CallbackTexts(Path.Combine(AppContext.BaseDirectory, "dialogs", "console", "callback-texts.yaml")).AllTexts().ToList();

        Assert.Contains(texts, t => t.Where == "broken-promise.opening.en");
        Assert.Empty(texts.Where(t => DialogCatalogTests.ForbiddenWords.Any(f => t.Text.Contains(f, StringComparison.OrdinalIgnoreCase))).Select(t => t.Where));
    }

    [Fact]
    public void Render_Throws_WhenAPlaceholderHasNoValue()
    {
        Assert.Throws<InvalidOperationException>(() => Real().Render(SummaryTemplates.Promise, "nl", new Dictionary<string, string>()));
    }
}
