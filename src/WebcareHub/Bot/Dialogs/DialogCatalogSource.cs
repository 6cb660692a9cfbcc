using Microsoft.Extensions.Options;

namespace WebcareHub.Bot.Dialogs;

/// <summary>
/// Holds the current <see cref="DialogCatalog"/>. With <see cref="BotOptions.ReloadDialogsOnChange"/> (on in
/// Development) it watches the folder and swaps in a new catalog when a file changes; a file that does not
/// validate is logged and the last good catalog stays in use, so an editor's typo never stops a chat.
/// </summary>
public sealed class DialogCatalogSource : IDisposable
{
    private readonly string _folder;
    private readonly ILogger<DialogCatalogSource> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _gate = new();
    private Timer? _debounce;

    public DialogCatalogSource(IOptions<BotOptions> options, ILogger<DialogCatalogSource> logger)
    {
        _folder = Path.GetFullPath(options.Value.DialogsPath, AppContext.BaseDirectory);
        _logger = logger;
        Current = DialogCatalog.Load(_folder);
        if (!options.Value.ReloadDialogsOnChange) return;
        _watcher = new FileSystemWatcher(_folder, "*.yaml") { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _watcher.Changed += (_, _) => ScheduleReload();
        _watcher.Created += (_, _) => ScheduleReload();
        _watcher.Deleted += (_, _) => ScheduleReload();
        _watcher.Renamed += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    public DialogCatalog Current { get; private set; }

    /// <summary>Raised after each reload attempt, with the problem when the new files did not validate.</summary>
    public event Action<DialogFileException?>? Reloaded;

    private void ScheduleReload()
    {
        // Editors write a file in several steps; wait until they are done.
        lock (_gate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Reload(), null, TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
        }
    }

    private void Reload()
    {
        try
        {
            Current = DialogCatalog.Load(_folder);
            _logger.LogInformation("Reloaded the dialogs from {Folder}", _folder);
            Reloaded?.Invoke(null);
        }
        catch (DialogFileException e)
        {
            _logger.LogError("Kept the previous dialogs: {Problem}", e.Message);
            Reloaded?.Invoke(e);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}
