using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorDistribution.Distribution.Audit;

/// <summary>How the audit writes times and entity states, the same in every verb.</summary>
public static class AuditFormat
{
    /// <summary>Indented camelCase JSON with enums by name, for states a person reads.</summary>
    public static JsonSerializerOptions StateJson { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>UTC, ISO 8601, to the millisecond.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 time; one without an offset is taken as UTC.</summary>
    public static bool TryParseTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out time);
}
