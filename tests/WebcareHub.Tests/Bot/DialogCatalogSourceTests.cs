using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using WebcareHub.Bot.Dialogs;

namespace WebcareHub.Tests.Bot;

public sealed class DialogCatalogSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("webcarehub-reload-").FullName;

    public DialogCatalogSourceTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.yaml"))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    [Fact]
    public async Task Source_ReloadsAnEditedDialog_AndKeepsTheLastGoodOneWhenAnEditIsBroken()
    {
        using var source = new DialogCatalogSource(Options.Create(new BotOptions { DialogsPath = _folder, ReloadDialogsOnChange = true }),
            NullLogger<DialogCatalogSource>.Instance);
        var welcome = Path.Combine(_folder, "welcome.yaml");

        var edited = NextReload(source);
        File.WriteAllText(welcome, File.ReadAllText(welcome).Replace("Hallo! Ik ben Webcare", "Goedendag! Ik ben Webcare"));
        Assert.Null(await edited.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(source.Current["welcome"].Texts["greeting"]["nl"], t => t.StartsWith("Goedendag!"));

        var broken = NextReload(source);
        File.WriteAllText(welcome, "id: welcome\nsteps:\n  - id: greet\n    say: gone\n");
        Assert.NotNull(await broken.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(source.Current["welcome"].Texts["greeting"]["nl"], t => t.StartsWith("Goedendag!"));
    }

    private static Task<DialogFileException?> NextReload(DialogCatalogSource source)
    {
        var done = new TaskCompletionSource<DialogFileException?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(DialogFileException? e)
        {
            source.Reloaded -= Handler;
            done.TrySetResult(e);
        }
        source.Reloaded += Handler;
        return done.Task;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
