using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ActorDistribution.Distribution.Audit;

/// <summary>How the audit writes times and entity states, the same in every verb.</summary>
public static partial class AuditFormat
{
    /// <summary>Indented camelCase JSON with enums by their words (<c>"response": "very-fast"</c>) and times as ISO 8601 with offset, for states a person reads.</summary>
    public static JsonSerializerOptions StateJson { get; } = Words(indented: true);

    /// <summary>The same words on one line, for exports: the journal's own JSON keeps enums as numbers.</summary>
    public static JsonSerializerOptions ExportJson { get; } = Words(indented: false);

    /// <summary>ISO 8601 with the time's own offset, to the millisecond (<c>2026-01-01T00:00:00.000+00:00</c>): how JSON writes times.</summary>
    public static string JsonTime(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>An event as exports and states show it: re-encoded with <see cref="ExportJson"/>; one this build cannot read stays as stored.</summary>
    public static JsonNode? EventJson(object? @event, string stored) =>
        @event is null or UnknownEvent ? JsonNode.Parse(stored) : JsonSerializer.SerializeToNode(@event, @event.GetType(), ExportJson);

    private static JsonSerializerOptions Words(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            // A '+' of an offset stays a '+'; these files are not embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new IsoTimeConverter(), new NullableIsoTimeConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class IsoTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(JsonTime(value));
    }

    private sealed class NullableIsoTimeConverter : JsonConverter<DateTimeOffset?>
    {
        public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
        {
            if (value is { } time) writer.WriteStringValue(JsonTime(time));
            else writer.WriteNullValue();
        }
    }

    /// <summary>UTC, ISO 8601, to the millisecond.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 date or time (<c>2026-03-02</c>, <c>2026-03-02T08:00Z</c>); one without an offset is taken as UTC.</summary>
    public static bool TryParseTime(string text, out DateTimeOffset time)
    {
        time = default;
        // DateTimeOffset.TryParse alone also takes "3/2/2026", whose meaning depends on who reads it.
        return IsoDate().IsMatch(text)
               && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]|$)")]
    private static partial Regex IsoDate();
}
