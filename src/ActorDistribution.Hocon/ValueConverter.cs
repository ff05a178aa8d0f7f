using System.Globalization;

namespace ActorDistribution.Hocon;

/// <summary>Reads typed values from scalars; like Lightbend's library, strings holding a number or unit are accepted.</summary>
internal static class ValueConverter
{
    public static string ToText(HoconValue value, string path) => value switch
    {
        HoconScalar { Kind: not ScalarKind.Null } scalar => scalar.Text,
        _ => throw Mismatch(value, path, "a string"),
    };

    public static long ToLong(HoconValue value, string path)
    {
        var text = ToScalarText(value, path, "an integer");
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < 9e18)
        {
            return (long)real;
        }

        throw Mismatch(value, path, "an integer");
    }

    public static int ToInt(HoconValue value, string path)
    {
        var result = ToLong(value, path);
        return result is >= int.MinValue and <= int.MaxValue ? (int)result : throw Mismatch(value, path, "an integer within 32 bits");
    }

    public static double ToDouble(HoconValue value, string path) =>
        double.TryParse(ToScalarText(value, path, "a number"), NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Mismatch(value, path, "a number");

    public static bool ToBoolean(HoconValue value, string path) => ToScalarText(value, path, "a boolean") switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Mismatch(value, path, "a boolean (true/false, yes/no, on/off)"),
    };

    public static TimeSpan ToTimeSpan(HoconValue value, string path) =>
        DurationParser.TryParse(ToScalarText(value, path, "a duration"), out var duration)
            ? duration
            : throw Mismatch(value, path, "a duration such as 500ms, 5s, 5m, 2h or 1d");

    public static long ToBytes(HoconValue value, string path) =>
        ByteSizeParser.TryParse(ToScalarText(value, path, "a size"), out var bytes)
            ? bytes
            : throw Mismatch(value, path, "a size in bytes such as 512, 10kB, 4KiB or 1MB");

    /// <summary>An array, or an object whose keys are integers (HOCON turns those into an array in key order).</summary>
    public static IReadOnlyList<HoconValue> ToList(HoconValue value, string path)
    {
        switch (value)
        {
            case HoconArray array:
                return array.Items;
            case HoconObject obj when obj.Fields.Count > 0:
                var indexed = obj.Fields
                    .Select(field => (Ok: int.TryParse(field.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index), Index: index, field.Value))
                    .Where(entry => entry.Ok)
                    .OrderBy(entry => entry.Index)
                    .Select(entry => entry.Value)
                    .ToList();
                return indexed.Count > 0 ? indexed : throw Mismatch(value, path, "an array (or an object with integer keys)");
            default:
                throw Mismatch(value, path, "an array");
        }
    }

    public static HoconException Mismatch(HoconValue value, string path, string expected) =>
        new(value.Origin, $"setting '{path}': found {value.Describe()}, expected {expected}");

    private static string ToScalarText(HoconValue value, string path, string expected) => value switch
    {
        HoconScalar { Kind: not ScalarKind.Null } scalar => scalar.Text.Trim(),
        _ => throw Mismatch(value, path, expected),
    };
}
