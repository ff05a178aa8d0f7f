using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorDistribution.Hocon;

/// <summary>HOCON durations: a number and an optional unit (ns .. d, or the long names); no unit means milliseconds.</summary>
internal static partial class DurationParser
{
    private static readonly Dictionary<string, double> TicksPerUnit = Build(
        (0.01, ["ns", "nano", "nanos", "nanosecond", "nanoseconds"]),
        (10, ["us", "micro", "micros", "microsecond", "microseconds"]),
        (TimeSpan.TicksPerMillisecond, ["", "ms", "milli", "millis", "millisecond", "milliseconds"]),
        (TimeSpan.TicksPerSecond, ["s", "second", "seconds"]),
        (TimeSpan.TicksPerMinute, ["m", "minute", "minutes"]),
        (TimeSpan.TicksPerHour, ["h", "hour", "hours"]),
        (TimeSpan.TicksPerDay, ["d", "day", "days"]));

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success
            || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !TicksPerUnit.TryGetValue(match.Groups["unit"].Value, out var ticks))
        {
            return false;
        }

        var total = number * ticks;
        if (total > TimeSpan.MaxValue.Ticks || total < TimeSpan.MinValue.Ticks)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)Math.Round(total));
        return true;
    }

    private static Dictionary<string, double> Build(params (double Ticks, string[] Names)[] units) =>
        units.SelectMany(unit => unit.Names.Select(name => (name, unit.Ticks))).ToDictionary(pair => pair.name, pair => pair.Ticks, StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<number>[+-]?[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?)\s*(?<unit>[A-Za-z]*)$")]
    private static partial Regex Pattern();
}
