using WebcareHub.Understanding.Phrases;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace WebcareHub.Understanding;

/// <summary>Reads a phrase file of <c>dialogs/understanding/</c>; a bad file stops start-up naming the file and line.</summary>
public static class PhraseFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(string path) where T : new()
    {
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}, line {e.Start.Line}: {(e.InnerException ?? e).Message}", e);
        }
    }

    /// <summary>
    /// Reads a file of labelled lines (<c>label&lt;TAB&gt;text</c>; blank lines and lines starting with '#' are
    /// skipped), naming the file and line of a line without a tab. The caller checks the labels.
    /// </summary>
    public static IEnumerable<(int Line, string Label, string Text)> ReadLabelled(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0) throw new InvalidDataException($"{path}:{number}: expected a label, a tab and a text: '{line}'");
            yield return (number, line[..tab], line[(tab + 1)..]);
        }
    }

    /// <summary>Compiles patterns, naming the file when one is malformed.</summary>
    /// <param name="notInGaps">Words that may not slip into a gap of these patterns.</param>
    /// <param name="inOneClause">Whether a match must lie within one clause of a message.</param>
    public static IReadOnlyList<PhrasePattern> Compile(PhraseBook book, IEnumerable<string>? patterns, string path, IEnumerable<string>? notInGaps = null, bool inOneClause = false)
    {
        if (patterns?.Any(string.IsNullOrWhiteSpace) == true) throw new InvalidDataException($"{path}: a pattern is empty (a '- ' with nothing after it?)");
        try
        {
            return book.CompileAll(patterns, notInGaps, inOneClause);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
