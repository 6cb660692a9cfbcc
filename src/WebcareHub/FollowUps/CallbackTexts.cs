using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using YamlDotNet.Serialization;

namespace WebcareHub.FollowUps;

/// <summary>Context (Dutch, for staff) and a suggested opening line (customer's language) per call-back reason, from dialogs/console/callback-texts.yaml.</summary>
public sealed partial class CallbackTexts
{
    private readonly Dictionary<string, Entry> _entries;

    public CallbackTexts(IOptions<BotOptions> bot) : this(Path.Combine(Path.GetFullPath(bot.Value.DialogsPath, AppContext.BaseDirectory), "console", "callback-texts.yaml"))
    {
    }

    public CallbackTexts(string file) =>
        _entries = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Entry>>(File.ReadAllText(file));

    public IEnumerable<(string Where, string Text)> AllTexts() => _entries.SelectMany(e =>
        e.Value.Opening.Select(o => ($"{e.Key}.opening.{o.Key}", o.Value)).Append(($"{e.Key}.context", e.Value.Context)));

    public (string Context, string Opening) Render(string reason, string language, IReadOnlyDictionary<string, string> values)
    {
        var e = _entries[reason];
        return (Fill(e.Context, values), Fill(e.Opening.GetValueOrDefault(language) ?? e.Opening["nl"], values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) => Placeholder().Replace(text, m =>
        values.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new InvalidOperationException($"No value for {{{m.Groups[1].Value}}}"));

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    public sealed class Entry
    {
        [YamlMember(Alias = "context")] public string Context { get; init; } = "";
        [YamlMember(Alias = "opening")] public Dictionary<string, string> Opening { get; init; } = [];
    }
}
