using Microsoft.Playwright;

namespace WebcareHub.Tests.Support;

/// <summary>Collects what Chromium reports when the page's Content-Security-Policy blocks something.</summary>
public static class CspViolations
{
    public static List<string> Watch(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };
        return violations;
    }
}
