using System.Text;

namespace ActorDistribution.Hocon;

/// <summary>Path expressions given as strings by API callers (<c>a.b</c>, <c>a."b.c"</c>).</summary>
internal static class ConfigPath
{
    public static IReadOnlyList<string> Parse(string expression, ConfigOrigin? origin = null)
    {
        var elements = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var sawQuoted = false;
        foreach (var c in expression.Trim())
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                sawQuoted = true;
            }
            else if (c == '.' && !inQuotes)
            {
                Finish();
            }
            else
            {
                current.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new HoconException(origin, $"found path '{expression}' with an unclosed quote, expected a path like a.b or a.\"b.c\"");
        }

        Finish();
        return elements;

        void Finish()
        {
            if (current.Length == 0 && !sawQuoted)
            {
                throw new HoconException(origin, $"found path '{expression}' with an empty element, expected a path like a.b (quote keys that contain dots)");
            }

            elements.Add(current.ToString());
            current.Clear();
            sawQuoted = false;
        }
    }

    public static string Render(IEnumerable<string> path) =>
        string.Join('.', path.Select(element => NeedsQuotes(element) ? $"\"{element}\"" : element));

    public static IReadOnlyList<string> Append(IReadOnlyList<string> path, IEnumerable<string> more) => [.. path, .. more];

    public static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix) =>
        path.Count >= prefix.Count && prefix.Select((element, index) => element == path[index]).All(same => same);

    private static bool NeedsQuotes(string element) =>
        element.Length == 0 || element.Any(c => c == '.' || c == '"' || char.IsWhiteSpace(c));
}
