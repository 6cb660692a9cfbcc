using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using YamlDotNet.Serialization;

namespace WebcareHub.FollowUps;

/// <summary>
/// The e-mail templates in <c>dialogs/emails/</c> (one YAML file each: subject and body in Dutch and English),
/// read once at start-up; a missing language or unknown placeholder stops the app instead of a customer's e-mail.
/// </summary>
public sealed partial class SummaryTemplates
{
    public const string Promise = "promise-summary";
    public const string Arrangement = "arrangement-summary";
    public const string Thanks = "promise-thanks";
    public const string NpsSurvey = "nps-survey";
    private static readonly string[] Languages = ["nl", "en"];
    private readonly Dictionary<string, EmailTemplate> _templates;

    public SummaryTemplates(IOptions<BotOptions> bot) : this(Path.Combine(Path.GetFullPath(bot.Value.DialogsPath, AppContext.BaseDirectory), "emails"))
    {
    }

    public SummaryTemplates(string folder)
    {
        var yaml = new DeserializerBuilder().Build();
        _templates = Directory.GetFiles(folder, "*.yaml").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => yaml.Deserialize<EmailTemplate>(File.ReadAllText(f)) ?? throw new InvalidOperationException($"{f} is empty"));
        foreach (var name in new[] { Promise, Arrangement, Thanks, NpsSurvey })
        {
            if (!_templates.TryGetValue(name, out var t)) throw new InvalidOperationException($"{folder} lacks {name}.yaml");
            if (Languages.Any(l => !t.Subject.ContainsKey(l) || !t.Body.ContainsKey(l)))
                throw new InvalidOperationException($"{name}.yaml needs a subject and body in nl and en");
        }
    }

    /// <summary>Every text of every template, for the forbidden-word check.</summary>
    public IEnumerable<(string Where, string Text)> AllTexts() => _templates.SelectMany(t =>
        t.Value.Subject.Select(s => ($"{t.Key}.subject.{s.Key}", s.Value)).Concat(t.Value.Body.Select(b => ($"{t.Key}.body.{b.Key}", b.Value))));

    /// <summary>Subject and body in the language, placeholders filled; a placeholder without a value throws.</summary>
    public (string Subject, string Body) Render(string name, string language, IReadOnlyDictionary<string, string> values)
    {
        var t = _templates[name];
        var lang = Languages.Contains(language) ? language : "nl";
        return (Fill(t.Subject[lang], values), Fill(t.Body[lang], values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) => Placeholder().Replace(text, m =>
        values.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new InvalidOperationException($"No value for {{{m.Groups[1].Value}}}"));

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();

    public sealed class EmailTemplate
    {
        [YamlMember(Alias = "subject")] public Dictionary<string, string> Subject { get; init; } = [];
        [YamlMember(Alias = "body")] public Dictionary<string, string> Body { get; init; } = [];
    }
}
