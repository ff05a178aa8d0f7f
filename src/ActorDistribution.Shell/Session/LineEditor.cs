using System.Text;

namespace ActorDistribution.Shell.Session;

/// <summary>
/// Reads a line at an interactive terminal with editing and history (up/down, left/right, home/end, backspace/delete).
/// Ctrl+C clears the line (the shell stays), Ctrl+D on an empty line ends input, Tab completes the word before the cursor.
/// It reads key events from any source and draws on any writer, so specs feed it keys without a terminal; history is
/// kept in a file between sessions.
/// </summary>
/// <param name="historyFile">Where history is kept; null keeps it in memory only.</param>
/// <param name="readKey">The next key (at a terminal, <see cref="Console.ReadKey(bool)"/> without echo).</param>
/// <param name="complete">The candidates for the last word of the text before the cursor (whole words); null: no completion.</param>
public sealed class LineEditor(string? historyFile, Func<ConsoleKeyInfo> readKey, TextWriter screen, Func<string, IReadOnlyList<string>>? complete = null)
{
    private const int MaxHistory = 500;
    private readonly List<string> _history = historyFile is null ? [] : Load(historyFile);

    /// <summary>The editor on this process's console; Ctrl+C reaches it as a key while a line is read, so it does not end the shell.</summary>
    public static LineEditor ForConsole(string historyFile, Func<string, IReadOnlyList<string>>? complete) =>
        new(historyFile, () => Console.ReadKey(intercept: true), Console.Out, complete);

    public string? ReadLine(string prompt)
    {
        var console = ReferenceEquals(screen, Console.Out);
        var treatControlC = console && Console.TreatControlCAsInput;
        if (console) Console.TreatControlCAsInput = true;
        try
        {
            return Read(prompt);
        }
        finally
        {
            // A running command keeps the usual Ctrl+C.
            if (console) Console.TreatControlCAsInput = treatControlC;
        }
    }

    private string? Read(string prompt)
    {
        screen.Write(prompt);
        var line = new StringBuilder();
        var cursor = 0;
        var recall = _history.Count;
        while (true)
        {
            var key = readKey();
            var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    screen.WriteLine();
                    Remember(line.ToString());
                    return line.ToString();
                case ConsoleKey.C when control:
                    // As in bash: the line is dropped, a fresh prompt follows.
                    screen.WriteLine("^C");
                    line.Clear();
                    cursor = 0;
                    recall = _history.Count;
                    break;
                case ConsoleKey.D when control:
                    if (line.Length == 0)
                    {
                        screen.WriteLine();
                        return null;
                    }
                    if (cursor < line.Length) line.Remove(cursor, 1);
                    break;
                case ConsoleKey.Tab:
                    cursor = Complete(prompt, line, cursor);
                    break;
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
                default:
                    if (!char.IsControl(key.KeyChar)) line.Insert(cursor++, key.KeyChar);
                    break;
            }
            Redraw(prompt, line, cursor);
        }
    }

    /// <summary>One candidate: the word is completed and a space follows; several: their common start, or else they are listed.</summary>
    private int Complete(string prompt, StringBuilder line, int cursor)
    {
        if (complete is null) return cursor;
        var before = line.ToString(0, cursor);
        var start = before.LastIndexOf(' ') + 1;
        var partial = before[start..];
        var candidates = complete(before).Where(c => c.StartsWith(partial, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (candidates.Count == 0) return cursor;
        var completed = candidates.Count == 1 ? candidates[0] + " " : CommonStart(candidates);
        if (completed.Length > partial.Length)
        {
            line.Remove(start, partial.Length).Insert(start, completed);
            return start + completed.Length;
        }
        screen.WriteLine();
        screen.WriteLine(string.Join("  ", candidates));
        screen.Write(prompt);
        return cursor;
    }

    private static string CommonStart(IReadOnlyList<string> words)
    {
        var common = words[0];
        foreach (var word in words.Skip(1))
        {
            var length = 0;
            while (length < common.Length && length < word.Length && char.ToUpperInvariant(common[length]) == char.ToUpperInvariant(word[length])) length++;
            common = common[..length];
        }
        return common;
    }

    private static void Replace(StringBuilder line, string text, ref int cursor)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    private void Redraw(string prompt, StringBuilder line, int cursor)
    {
        screen.Write("\r" + prompt + line + "\u001b[K");
        var back = line.Length - cursor;
        if (back > 0) screen.Write($"\u001b[{back}D");
    }

    private void Remember(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || (_history.Count > 0 && _history[^1] == line)) return;
        _history.Add(line);
        if (_history.Count > MaxHistory) _history.RemoveAt(0);
        if (historyFile is null) return;
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
