using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActorDistribution.Distribution.Sites;

/// <summary>The <c>key=value</c> words of <c>site set</c>: applied in order, all or nothing; and settings written back in that form.</summary>
public static class SiteAssignments
{
    /// <summary>The settings as <c>site set</c> would take them, e.g. for <c>site show</c>.</summary>
    public static IReadOnlyList<string> Of(SiteSettings settings) =>
    [
        $"{SiteSettingValues.ResponseKey}={settings.Response.ToWord()}",
        $"{SiteSettingValues.UseForcedDisconnectKey}={(settings.UseForcedDisconnect ? "on" : "off")}",
        string.Create(CultureInfo.InvariantCulture, $"{SiteSettingValues.RetriesBeforeForcedDisconnectionKey}={settings.RetriesBeforeForcedDisconnection}"),
        $"{SiteSettingValues.ForcedDisconnectionDelayKey}={Delay(settings.ForcedDisconnectionDelay)}",
    ];

    private static string Delay(TimeSpan delay) => delay.Ticks % TimeSpan.TicksPerMinute == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalMinutes}m")
        : string.Create(CultureInfo.InvariantCulture, $"{(long)delay.TotalSeconds}s");

    public static bool TryApply(
        SiteSettings current, IReadOnlyList<string> assignments,
        [NotNullWhen(true)] out SiteSettings? updated, [NotNullWhen(false)] out string? error)
    {
        updated = null;
        if (assignments.Count == 0)
        {
            error = $"no setting given, expected key=value with a key among {string.Join(", ", SiteSettingValues.Keys)}";
            return false;
        }

        var settings = current;
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                error = $"'{assignment}' is not key=value; keys: {string.Join(", ", SiteSettingValues.Keys)}";
                return false;
            }

            if (!SiteSettingValues.TryApply(settings, assignment[..equals], assignment[(equals + 1)..], out var next, out error)) return false;
            settings = next;
        }

        updated = settings;
        error = null;
        return true;
    }
}
