using System.Text;

namespace ActorDistribution.Shell.Session;

/// <summary>Splits a command line into words: spaces separate, double or single quotes group, <c>#</c> starts a comment.</summary>
public static class CommandLineWords
{
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } open)
            {
                if (c == open) quote = null;
                else current.Append(c);
                continue;
            }
            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord) break;
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }
        if (quote is not null) throw new FormatException($"unclosed {quote} quote in: {line}");
        if (inWord) words.Add(current.ToString());
        return words;
    }
}
