using WebcareHub.Understanding;
using WebcareHub.Understanding.Phrases;

namespace WebcareHub.Webcare;

public sealed record ReplyTemplate(string Id, string Title, string Text, bool PrivateChat);

/// <summary>The public reply templates and the guard's debt words, from <c>dialogs/webcare/reply-templates.yaml</c>.</summary>
public sealed class ReplyTemplates
{
    public const string ChatLinkPlaceholder = "{chatLink}";
    private readonly List<TemplateEntry> _templates;

    public ReplyTemplates(string path)
    {
        var file = PhraseFiles.Read<TemplateFile>(path);
        _templates = file.Templates;
        if (_templates.Count == 0) throw new InvalidDataException($"{path} defines no templates");
        Book = new PhraseBook(null);
        DebtWords = PhraseFiles.Compile(Book, file.Guard, path);
    }

    public static ReplyTemplates Load(string dialogsFolder) => new(Path.Combine(dialogsFolder, "webcare", "reply-templates.yaml"));

    public PhraseBook Book { get; }

    public IReadOnlyList<PhrasePattern> DebtWords { get; }

    public IReadOnlyList<ReplyTemplate> For(string language) =>
        [.. _templates.Select(t => new ReplyTemplate(t.Id, Pick(t.Title, language), Pick(t.Text, language), t.PrivateChat))];

    private static string Pick(Dictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("nl") ?? texts.Values.First();

    internal sealed class TemplateFile
    {
        public List<TemplateEntry> Templates { get; set; } = [];
        public List<string> Guard { get; set; } = [];
    }

    internal sealed class TemplateEntry
    {
        public string Id { get; set; } = "";
        public bool PrivateChat { get; set; }
        public Dictionary<string, string> Title { get; set; } = [];
        public Dictionary<string, string> Text { get; set; } = [];
    }
}
