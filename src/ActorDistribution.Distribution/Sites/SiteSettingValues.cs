using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorDistribution.Distribution.Sites;

/// <summary>
/// Reads the values of <c>site set &lt;code&gt; key=value</c>. Every error says what was found and what is allowed.
/// </summary>
public static partial class SiteSettingValues
{
    public const string ResponseKey = "response";
    public const string UseForcedDisconnectKey = "use-forced-disconnect";
    public const string RetriesBeforeForcedDisconnectionKey = "retries-before-forced-disconnection";
    public const string ForcedDisconnectionDelayKey = "forced-disconnection-delay";

    public static IReadOnlyList<string> Keys { get; } =
        [ResponseKey, UseForcedDisconnectKey, RetriesBeforeForcedDisconnectionKey, ForcedDisconnectionDelayKey];

    /// <summary>Returns <paramref name="current"/> with one setting changed, or the reason the key or value is refused.</summary>
    public static bool TryApply(
        SiteSettings current, string key, string value,
        [NotNullWhen(true)] out SiteSettings? updated, [NotNullWhen(false)] out string? error)
    {
        updated = null;
        switch (key.Trim().ToLowerInvariant())
        {
            case ResponseKey:
                if (!ResponseModeNames.TryParse(value, out var response, out error)) return false;
                updated = current with { Response = response };
                return true;
            case UseForcedDisconnectKey:
                if (!TryParseUseForcedDisconnect(value, out var forced, out error)) return false;
                updated = current with { UseForcedDisconnect = forced };
                return true;
            case RetriesBeforeForcedDisconnectionKey:
                if (!TryParseRetriesBeforeForcedDisconnection(value, out var retries, out error)) return false;
                updated = current with { RetriesBeforeForcedDisconnection = retries };
                return true;
            case ForcedDisconnectionDelayKey:
                if (!TryParseForcedDisconnectionDelay(value, out var delay, out error)) return false;
                updated = current with { ForcedDisconnectionDelay = delay };
                return true;
            default:
                error = $"unknown site setting '{key}', expected one of {string.Join(", ", Keys)}";
                return false;
        }
    }

    /// <summary>on/off (also true/false, yes/no) or a number with the registry's meaning: 0 is off, any other number is on.</summary>
    public static bool TryParseUseForcedDisconnect(string? text, out bool on, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var word = text?.Trim().ToLowerInvariant() ?? "";
        switch (word)
        {
            case "on" or "true" or "yes":
                on = true;
                return true;
            case "off" or "false" or "no":
                on = false;
                return true;
        }

        if (long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            on = number != 0;
            return true;
        }

        on = false;
        error = $"{UseForcedDisconnectKey}: found '{text}', expected on, off, 0 (off) or any other number (on)";
        return false;
    }

    public static bool TryParseRetriesBeforeForcedDisconnection(string? text, out int retries, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out retries)) return true;
        error = $"{RetriesBeforeForcedDisconnectionKey}: found '{text}', expected a whole number of retries, 0 or more";
        return false;
    }

    /// <summary>
    /// Minutes as a bare number (<c>5</c>, the registry's unit) or a duration (<c>5m</c>, <c>1h</c>; whole seconds such as
    /// <c>3s</c> so wall-clock cluster tests can compress an escalation).
    /// </summary>
    public static bool TryParseForcedDisconnectionDelay(string? text, out TimeSpan delay, [NotNullWhen(false)] out string? error)
    {
        delay = TimeSpan.Zero;
        var match = DelayPattern().Match(text?.Trim() ?? "");
        if (match.Success && long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var seconds = unit.StartsWith('h') ? number * 3600 : unit.StartsWith('s') ? number : number * 60;
            if (number <= (long)TimeSpan.MaxValue.TotalMinutes / 120)
            {
                delay = TimeSpan.FromSeconds(seconds);
                error = null;
                return true;
            }
        }

        error = $"{ForcedDisconnectionDelayKey}: found '{text}', expected minutes (0 or more) such as 5, or a duration such as 30s, 5m or 1h";
        return false;
    }

    /// <summary>For the HOCON default, which is already a duration: it must be whole seconds, 0 or more.</summary>
    public static bool IsValidForcedDisconnectionDelay(TimeSpan delay, [NotNullWhen(false)] out string? error)
    {
        error = delay >= TimeSpan.Zero && delay.Ticks % TimeSpan.TicksPerSecond == 0
            ? null
            : $"{ForcedDisconnectionDelayKey}: found {delay}, expected whole seconds, 0 or more";
        return error is null;
    }

    [GeneratedRegex(@"^(?<number>\d+)\s*(?<unit>|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hour|hours)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelayPattern();
}
