using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebcareHub.Channels;

/// <summary>The one JSON shape for activities: camelCase, nulls omitted, timestamps with milliseconds and Z.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);

    /// <summary>
    /// Reads a request body of at most <paramref name="maxBytes"/> as an activity; stops reading as soon as it is
    /// larger (TooLarge) and gives a null activity for anything that is not a JSON activity.
    /// </summary>
    public static async Task<(Activity? Activity, bool TooLarge)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return (null, true);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, true);
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (JsonSerializer.Deserialize<Activity>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options), false);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }
}

public sealed class UtcMillisecondsConverter : JsonConverter<DateTime?>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime
            : throw new JsonException("timestamp is not an ISO 8601 date and time");
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture));
    }
}
