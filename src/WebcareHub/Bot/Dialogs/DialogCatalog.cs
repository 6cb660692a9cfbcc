using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WebcareHub.Bot.Dialogs;

/// <summary>
/// All dialogs, read once at start-up from <see cref="BotOptions.DialogsPath"/> and checked as a whole. A bad
/// file throws <see cref="DialogFileException"/> naming the file (and line, where YAML knows it).
/// </summary>
public sealed class DialogCatalog
{
    public static readonly string[] Languages = ["nl", "en"];

    private readonly Dictionary<string, DialogDefinition> _dialogs;

    private readonly Dictionary<(string Language, string Phrase), DialogDefinition> _triggers = [];

    private DialogCatalog(Dictionary<string, DialogDefinition> dialogs)
    {
        _dialogs = dialogs;
        foreach (var dialog in dialogs.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var (language, phrases) in dialog.Triggers)
            {
                foreach (var phrase in phrases) _triggers.TryAdd((language, NormalizeTrigger(phrase)), dialog);
            }
        }
    }

    /// <summary>The dialog whose trigger phrases contain the message (compared without case and punctuation).</summary>
    public DialogDefinition? Triggered(string? text, string language)
    {
        var normalized = NormalizeTrigger(text);
        return normalized.Length == 0 ? null : _triggers.GetValueOrDefault((language, normalized));
    }

    private static string NormalizeTrigger(string? text) =>
        new string((text ?? "").ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch == ' ').ToArray()).Trim();

    public IReadOnlyCollection<DialogDefinition> Dialogs => _dialogs.Values;

    public DialogDefinition this[string id] => _dialogs[id];

    public DialogDefinition? ForIntent(string intent) => _dialogs.Values.FirstOrDefault(d => d.Intents.Contains(intent));

    public static DialogCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DialogFileException(folder, null, "the dialogs folder does not exist");
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new DialogFileException(folder, null, "the dialogs folder holds no .yaml files");

        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var dialogs = new Dictionary<string, DialogDefinition>(StringComparer.Ordinal);
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            DialogDefinition dialog;
            try
            {
                dialog = deserializer.Deserialize<DialogDefinition>(File.ReadAllText(file))
                    ?? throw new DialogFileException(file, null, "the file is empty");
            }
            catch (YamlException e)
            {
                throw new DialogFileException(file, (int)e.Start.Line, (e.InnerException ?? e).Message);
            }
            var expectedId = Path.GetFileNameWithoutExtension(file);
            if (dialog.Id != expectedId)
                throw new DialogFileException(file, null, $"id '{dialog.Id}' must equal the file name '{expectedId}'");
            dialogs[dialog.Id] = dialog;
            fileOf[dialog.Id] = file;
        }

        var catalog = new DialogCatalog(dialogs);
        foreach (var dialog in dialogs.Values)
        {
            var problem = DialogValidator.FirstProblem(dialog, catalog);
            if (problem is not null) throw new DialogFileException(fileOf[dialog.Id], LineOf(fileOf[dialog.Id], problem), problem);
        }
        return catalog;
    }

    /// <summary>The line of the step or text a problem names ("step 'ask-date' …"), for an editor to jump to.</summary>
    private static int? LineOf(string file, string problem)
    {
        var named = Regex.Match(problem, "^(step|text) '([^']+)'");
        if (!named.Success) return null;
        var lines = File.ReadAllLines(file);
        var pattern = named.Groups[1].Value == "step"
            ? new Regex(@"^\s*-\s*id:\s*" + Regex.Escape(named.Groups[2].Value) + @"\s*$")
            : new Regex(@"^\s+" + Regex.Escape(named.Groups[2].Value) + @":\s*$");
        var index = Array.FindIndex(lines, l => pattern.IsMatch(l));
        return index < 0 ? null : index + 1;
    }

    /// <summary>Finds a text by key, local to <paramref name="from"/> or qualified as <c>dialog.key</c>.</summary>
    public Dictionary<string, List<string>>? FindText(DialogDefinition from, string key)
    {
        var (dialog, local) = Resolve(from, key);
        return dialog is not null && dialog.Texts.TryGetValue(local, out var text) ? text : null;
    }

    /// <summary>Finds a step by id, local to <paramref name="from"/> or qualified as <c>dialog.step</c>.</summary>
    public (DialogDefinition Dialog, DialogStep Step)? FindStep(DialogDefinition from, string id)
    {
        var (dialog, local) = Resolve(from, id);
        var step = dialog?.Steps.FirstOrDefault(s => s.Id == local);
        return step is null ? null : (dialog!, step);
    }

    private (DialogDefinition? Dialog, string Key) Resolve(DialogDefinition from, string key)
    {
        var dot = key.IndexOf('.');
        if (dot < 0) return (from, key);
        return (_dialogs.GetValueOrDefault(key[..dot]), key[(dot + 1)..]);
    }
}

public sealed class DialogFileException(string file, int? line, string problem)
    : Exception(line is null ? $"Dialog file {file}: {problem}" : $"Dialog file {file}, line {line}: {problem}")
{
    public string File { get; } = file;
    public int? Line { get; } = line;
}
