using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ActorDistribution.Distribution.Audit;

/// <summary>How the audit writes times and entity states, the same in every verb.</summary>
public static partial class AuditFormat
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
