using WebcareHub.Bot.Dialogs;

namespace WebcareHub.Tests.Bot;

public sealed class DialogCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-dialogs-").FullName;

    [Fact]
    public void Load_AcceptsTheRealDialogsFolder()
    {
        var catalog = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

        Assert.Contains(catalog.Dialogs, d => d.Id == "welcome");
        Assert.Contains(catalog.Dialogs, d => d.Id == "fallback");
        Assert.Contains(catalog.Dialogs, d => d.Id == "apology");
    }

    /// <summary>Threatening or discouraged words: dialogs and e-mail templates (FollowUps/SummaryTemplatesTests) never use them.</summary>
    internal static readonly string[] ForbiddenWords =
        ["beslag", "deurwaarder", "bkr", "dagvaarding", "laatste kans", "helaas", "bailiff", "seize", "last chance", "credit registry"];

    [Fact]
    public void Texts_NeverThreatenOrUseWordsTheRulesForbid()
    {
        var forbidden = ForbiddenWords;
        var catalog = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

        var offending = catalog.Dialogs
            .SelectMany(d => d.Texts.SelectMany(t => t.Value.SelectMany(l => l.Value.Select(v => (Where: $"{d.Id}.{t.Key}", Text: v)))))
            .Where(x => forbidden.Any(f => x.Text.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .Select(x => x.Where)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenYamlIsBroken()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.yaml"), "id: broken\nsteps:\n  - id: a\n    say: [unclosed\n");

        var error = Assert.Throws<DialogFileException>(() => DialogCatalog.Load(_folder));

        Assert.EndsWith("broken.yaml", error.File);
        Assert.NotNull(error.Line);
        Assert.Contains("broken.yaml, line", error.Message);
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAPropertyIsUnknown()
    {
        File.WriteAllText(Path.Combine(_folder, "typo.yaml"), "id: typo\nsteps:\n  - id: a\n    sya: hello\n");

        var error = Assert.Throws<DialogFileException>(() => DialogCatalog.Load(_folder));

        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("id: other\nsteps:\n  - id: a\n", "must equal the file name")]
    [InlineData("id: bad\nsteps: []\n", "at least one step")]
    [InlineData("id: bad\nsteps:\n  - id: a\n    say: missing\n", "unknown text 'missing'")]
    [InlineData("id: bad\nsteps:\n  - id: a\n    next: nowhere\n", "unknown step 'nowhere'")]
    [InlineData("id: bad\nsteps:\n  - id: a\n    next: b\n  - id: b\n    next: a\n", "endless loop")]
    [InlineData("id: bad\nsteps:\n  - id: a\n    say: t\ntexts:\n  t:\n    nl: [Hallo]\n", "'en' variation")]
    [InlineData("id: bad\nsteps:\n  - id: a\n  - id: a\n", "used twice")]
    public void Load_RejectsDialog_WithAProblemNamingTheFile(string yaml, string problem)
    {
        File.WriteAllText(Path.Combine(_folder, "bad.yaml"), yaml);

        var error = Assert.Throws<DialogFileException>(() => DialogCatalog.Load(_folder));

        Assert.Contains("bad.yaml", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Load_NamesTheLineOfTheStep_WhenAReferenceIsWrong()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.yaml"), "id: bad\nsteps:\n  - id: first\n    next: second\n  - id: second\n    say: nothing-here\n");

        var error = Assert.Throws<DialogFileException>(() => DialogCatalog.Load(_folder));

        Assert.Equal(5, error.Line);
        Assert.Contains("bad.yaml, line 5: step 'second' uses unknown text 'nothing-here'", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
