using WebcareHub.Bot.Dialogs;
using WebcareHub.Tests.Support;

namespace WebcareHub.Tests.Bot;

public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-badstart-").FullName;

    [Fact]
    public async Task App_RefusesToStart_WhenADialogFileIsBroken()
    {
        File.WriteAllText(Path.Combine(_folder, "welcome.yaml"), "id: welcome\nsteps:\n  - id: greet\n    say: nothing-here\n");
        await using var app = new WebcareAppFactory(settings: new() { ["Bot:DialogsPath"] = _folder });

        var error = Assert.Throws<DialogFileException>(() => app.CreateHttpClient());

        Assert.Contains("welcome.yaml", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
