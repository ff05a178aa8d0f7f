using System.Text.RegularExpressions;

namespace ActorDistribution.Node.Commands;

/// <summary>Durations as people type them: <c>22h05m</c>, <c>5m</c>, <c>5000ms</c>, <c>1d</c>, <c>90s</c>.</summary>
public static partial class DurationText
{
    public const string Allowed = "a number with units d, h, m, s or ms, e.g. 22h05m, 5m, 90s, 5000ms";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 0) return false;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitAt = part.Value.IndexOfAny(['d', 'h', 'm', 's']);
            var amount = long.Parse(part.Value[..unitAt]);
            duration += part.Value[unitAt..] switch
            {
                "d" => TimeSpan.FromDays(amount),
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                _ => TimeSpan.FromMilliseconds(amount),
            };
        }
        return true;
    }

    /// <summary>Whole minutes as <c>22h05m</c>; seconds and below are shown when present.</summary>
    public static string Format(TimeSpan duration)
    {
        var hours = (long)duration.TotalHours;
        var text = $"{hours}h{duration.Minutes:00}m";
        if (duration.Seconds != 0 || duration.Milliseconds != 0) text += duration.Milliseconds == 0 ? $"{duration.Seconds:00}s" : $"{duration.Seconds:00}.{duration.Milliseconds:000}s";
        return text;
    }

    [GeneratedRegex(@"^(?<part>\d+(ms|d|h|m|s))+$")]
    private static partial Regex Pattern();
}
