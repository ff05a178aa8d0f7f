namespace ActorDistribution.Shell.Session;

/// <summary>The interactive loop: a prompt, one command per line, until <c>exit</c> or end of input (Ctrl+D at a terminal).</summary>
public static class Repl
{
    public static async Task<int> RunAsync(ShellSession session, TextReader input, TextWriter output, bool interactive)
    {
        output.WriteLine($"ActorDistribution shell on the {session.Node.Description}. 'help' lists the commands, 'exit' leaves.");
        // Redirected input is read line by line as it comes; only a terminal gets the editor (Ctrl+C, Tab, history).
        var editor = interactive
            ? LineEditor.ForConsole(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".adshell_history"),
                new ShellCompletion(session.Node).Complete)
            : null;
        while (true)
        {
            string? line;
            if (editor is not null) line = editor.ReadLine("adshell> ");
            else line = await input.ReadLineAsync().ConfigureAwait(false);
            if (line is null || line.Trim() is "exit" or "quit") return 0;
            await session.ExecuteLineAsync(line).ConfigureAwait(false);  // an error is shown; the REPL goes on
        }
    }
}
