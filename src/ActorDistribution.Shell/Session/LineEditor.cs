using System.Text;

namespace ActorDistribution.Shell.Session;

/// <summary>
/// Reads a line at an interactive terminal with editing and history (up/down, left/right, home/end,
/// backspace/delete); Ctrl+D on an empty line ends input. History is kept in a file between sessions.
/// </summary>
public sealed class LineEditor(string historyFile)
{
    private const int MaxHistory = 500;
    private readonly List<string> _history = Load(historyFile);

    public string? ReadLine(string prompt)
    {
        Console.Write(prompt);
        var line = new StringBuilder();
        var cursor = 0;
        var recall = _history.Count;
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    Remember(line.ToString());
                    return line.ToString();
                case ConsoleKey.Backspace when cursor > 0:
                    line.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < line.Length:
                    line.Remove(cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0: cursor--; break;
                case ConsoleKey.RightArrow when cursor < line.Length: cursor++; break;
                case ConsoleKey.Home: cursor = 0; break;
                case ConsoleKey.End: cursor = line.Length; break;
                case ConsoleKey.UpArrow when recall > 0:
                    Replace(line, _history[--recall], ref cursor);
                    break;
                case ConsoleKey.DownArrow when recall < _history.Count:
                    Replace(line, ++recall < _history.Count ? _history[recall] : "", ref cursor);
                    break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && line.Length == 0:
                    Console.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar)) line.Insert(cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt, line, cursor);
        }
    }

    private static void Replace(StringBuilder line, string text, ref int cursor)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    private static void Redraw(string prompt, StringBuilder line, int cursor)
    {
        Console.Write("\r" + prompt + line + "\u001b[K");
        var back = line.Length - cursor;
        if (back > 0) Console.Write($"\u001b[{back}D");
    }

    private void Remember(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || (_history.Count > 0 && _history[^1] == line)) return;
        _history.Add(line);
        if (_history.Count > MaxHistory) _history.RemoveAt(0);
        try { File.WriteAllLines(historyFile, _history); }
        catch (IOException) { }  // history is a comfort, not worth failing a command for
        catch (UnauthorizedAccessException) { }
    }

    private static List<string> Load(string file)
    {
        try { return File.Exists(file) ? File.ReadAllLines(file).TakeLast(MaxHistory).ToList() : []; }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}
