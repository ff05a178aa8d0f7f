using ActorDistribution.Node.Commands;
using Spectre.Console;

namespace ActorDistribution.Shell.Session;

/// <summary>Draws a node's reply: text lines, tables (Spectre.Console; plain when the output is not a terminal), errors in red.</summary>
public sealed class ReplyRenderer(TextWriter output, TextWriter error, bool colours)
{
    private readonly IAnsiConsole _console = Create(output, colours);

    private static IAnsiConsole Create(TextWriter output, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Redirected output (scripts, logs, tests) has no window to fit: give tables room instead of wrapping every cell.
        if (!colours) console.Profile.Width = 200;
        return console;
    }

    public void Render(CommandReply reply)
    {
        if (reply.Error is not null)
        {
            // Every line of an error starts with error:, so a script's log reads as one kind of line.
            foreach (var line in reply.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                error.WriteLine(colours ? $"\u001b[31merror:\u001b[0m {line.TrimEnd('\r')}" : $"error: {line.TrimEnd('\r')}");
            return;
        }
        foreach (var line in reply.Lines) output.WriteLine(line);
        foreach (var table in reply.Tables) _console.Write(ToSpectre(table));
    }

    private static Table ToSpectre(ReplyTable source)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(source.Title)), Border = TableBorder.Rounded };
        foreach (var column in source.Columns) table.AddColumn(Markup.Escape(column));
        foreach (var row in source.Rows) table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        return table;
    }
}
