using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorDistribution.Hocon;

/// <summary>HOCON sizes: kB/MB.. are powers of 1000, K/KiB/Ki.. powers of 1024; no unit means bytes.</summary>
internal static partial class ByteSizeParser
{
    private static readonly Dictionary<string, decimal> Multipliers = Build();

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = Pattern().Match(text.Trim());
        if (!match.Success
            || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !Multipliers.TryGetValue(match.Groups["unit"].Value, out var multiplier))
        {
            return false;
        }

        try
        {
            var total = number * multiplier;
            if (total != decimal.Truncate(total) || total > long.MaxValue || total < long.MinValue)
            {
                return false;
            }

            bytes = (long)total;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static Dictionary<string, decimal> Build()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [""] = 1, ["B"] = 1, ["b"] = 1, ["byte"] = 1, ["bytes"] = 1,
        };
        string[] decimalPrefixes = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
        string[] decimalNames = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryNames = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        for (var i = 0; i < decimalPrefixes.Length; i++)
        {
            var power = i + 1;
            var thousand = Pow(1000m, power);
            var kibi = Pow(1024m, power);
            var letter = decimalPrefixes[i].ToUpperInvariant();
            units[decimalPrefixes[i] + "B"] = thousand;
            units[decimalNames[i] + "byte"] = thousand;
            units[decimalNames[i] + "bytes"] = thousand;
            units[letter] = kibi;
            units[letter.ToLowerInvariant()] = kibi;
            units[letter + "i"] = kibi;
            units[letter + "iB"] = kibi;
            units[binaryNames[i] + "byte"] = kibi;
            units[binaryNames[i] + "bytes"] = kibi;
        }

        return units;
    }

    private static decimal Pow(decimal value, int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= value;
        }

        return result;
    }

    [GeneratedRegex(@"^(?<number>[+-]?[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?)\s*(?<unit>[A-Za-z]*)$")]
    private static partial Regex Pattern();
}
