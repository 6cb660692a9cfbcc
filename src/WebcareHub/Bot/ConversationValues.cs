using System.Text.Json;

namespace WebcareHub.Bot;

/// <summary>What the bot has collected in a conversation (verified invoice, answers), kept in <see cref="ConversationState.ValuesJson"/>.</summary>
public sealed class ConversationValues
{
    private readonly Dictionary<string, string> _values;

    private ConversationValues(Dictionary<string, string> values) => _values = values;

    public static ConversationValues Of(ConversationState state) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(state.ValuesJson) ?? []);

    public string? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set
        {
            if (value is null) _values.Remove(key);
            else _values[key] = value;
        }
    }

    public int Number(string key) => int.TryParse(this[key], out var n) ? n : 0;

    public IReadOnlyDictionary<string, string> All => _values;

    public void SaveTo(ConversationState state) => state.ValuesJson = JsonSerializer.Serialize(_values);
}
