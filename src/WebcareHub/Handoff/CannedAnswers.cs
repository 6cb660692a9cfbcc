using Microsoft.Extensions.Options;
using WebcareHub.Bot;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WebcareHub.Handoff;

/// <summary>Ready-made answers for agents, editable in dialogs/console/canned-answers.yaml (read at start-up).</summary>
public sealed class CannedAnswers
{
    private readonly Dictionary<string, List<CannedAnswer>> _byLanguage;

    public CannedAnswers(IOptions<BotOptions> options)
    {
        var path = Path.Combine(Path.GetFullPath(options.Value.DialogsPath, AppContext.BaseDirectory), "console", "canned-answers.yaml");
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<CannedAnswerFile>(File.ReadAllText(path));
        _byLanguage = file.Answers
            .SelectMany(a => a.Text.Select(t => (Language: t.Key, Answer: new CannedAnswer(a.Title.GetValueOrDefault(t.Key) ?? t.Key, t.Value))))
            .GroupBy(x => x.Language)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Answer).ToList());
    }

    public IReadOnlyList<CannedAnswer> For(string language) =>
        _byLanguage.GetValueOrDefault(language) ?? _byLanguage.GetValueOrDefault("nl") ?? [];

    private sealed class CannedAnswerFile
    {
        public List<CannedAnswerEntry> Answers { get; set; } = [];
    }

    private sealed class CannedAnswerEntry
    {
        public Dictionary<string, string> Title { get; set; } = [];
        public Dictionary<string, string> Text { get; set; } = [];
    }
}

public sealed record CannedAnswer(string Title, string Text);
