using ActorDistribution.Shell.Session;

namespace ActorDistribution.Shell.Tests;

/// <summary>
/// Issue 15, the REPL's line editor, fed key events without a terminal: Ctrl+C clears the line and the shell stays,
/// Ctrl+D on an empty line leaves, Tab completes the word before the cursor.
/// </summary>
public sealed class LineEditorSpec
{
    private readonly StringWriter _screen = new();

    private static ConsoleKeyInfo Char(char c) => new(c, ConsoleKey.NoName, false, false, false);

    private static ConsoleKeyInfo Key(ConsoleKey key, bool control = false) => new(key == ConsoleKey.Tab ? '\t' : key == ConsoleKey.Enter ? '\r' : '\0', key, false, false, control);

    private static readonly ConsoleKeyInfo Enter = Key(ConsoleKey.Enter);
    private static readonly ConsoleKeyInfo Tab = Key(ConsoleKey.Tab);
    private static readonly ConsoleKeyInfo CtrlC = Key(ConsoleKey.C, control: true);
    private static readonly ConsoleKeyInfo CtrlD = Key(ConsoleKey.D, control: true);

    private static IEnumerable<ConsoleKeyInfo> Typed(string text) => text.Select(Char);

    private LineEditor Editor(IEnumerable<ConsoleKeyInfo> keys, params string[] candidates)
    {
        var queue = new Queue<ConsoleKeyInfo>(keys);
        return new LineEditor(null, () => queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("the editor asked for a key after the last one"),
            _screen, _ => candidates);
    }

    [Fact]
    public void Ctrl_C_clears_the_line_and_reading_goes_on()
    {
        var line = Editor([.. Typed("site ad"), CtrlC, .. Typed("help"), Enter]).ReadLine("adshell> ");

        Assert.Equal("help", line);
        Assert.Contains("^C", _screen.ToString());
    }

    [Fact]
    public void Ctrl_D_on_an_empty_line_ends_input()
        => Assert.Null(Editor([CtrlD]).ReadLine("adshell> "));

    [Fact]
    public void Ctrl_D_within_a_line_deletes_under_the_cursor_and_does_not_leave()
        => Assert.Equal("sit", Editor([.. Typed("site"), Key(ConsoleKey.LeftArrow), CtrlD, Enter]).ReadLine("adshell> "));

    [Fact]
    public void Tab_with_one_candidate_completes_the_word_and_adds_a_space()
        => Assert.Equal("site list", Editor([.. Typed("si"), Tab, .. Typed("list"), Enter], "site", "server").ReadLine("> "));

    [Fact]
    public void Tab_with_several_candidates_completes_their_common_start()
        => Assert.Equal("serv", Editor([.. Typed("s"), Tab, Enter], "server", "service").ReadLine("> "));

    [Fact]
    public void Tab_without_a_common_start_lists_the_candidates_and_keeps_the_line()
    {
        var line = Editor([.. Typed("s"), Tab, Enter], "site", "server").ReadLine("> ");

        Assert.Equal("s", line);
        Assert.Contains("site  server", _screen.ToString());
    }

    [Fact]
    public void Tab_completes_the_word_before_the_cursor_only()
        => Assert.Equal("site show CH2  x", Editor([.. Typed("site show C x"), Key(ConsoleKey.LeftArrow), Key(ConsoleKey.LeftArrow), Tab, Enter], "CH2", "ZRH")
            .ReadLine("> "));
}
