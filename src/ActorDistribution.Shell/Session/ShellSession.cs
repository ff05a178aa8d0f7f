using ActorDistribution.Hocon;

namespace ActorDistribution.Shell.Session;

/// <summary>Runs command lines: local verbs here, everything else on the node (with a spinner at a terminal, for long waits); prints replies and errors.</summary>
public sealed class ShellSession(INodeConnection node, Config config, TextWriter output, TextWriter error, bool colours)
{
    private readonly ReplyRenderer _renderer = new(output, error, colours);

    public INodeConnection Node => node;

    /// <summary>Runs one line; returns its exit code (0 for a blank line or a comment).</summary>
    public async Task<int> ExecuteLineAsync(string line, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> words;
        try
        {
            words = CommandLineWords.Split(line);
        }
        catch (FormatException problem)
        {
            error.WriteLine($"error: {problem.Message}");
            return 1;
        }
        return await ExecuteAsync(words, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
    {
        if (words.Count == 0) return 0;
        if (words[0] is "help" or "?")
            return await HelpAsync(words.Skip(1).ToList(), cancellationToken).ConfigureAwait(false);
        if (LocalCommands.Handles(words)) return LocalCommands.Run(words, output, error, config);
        var reply = colours
            ? await Spectre.Console.AnsiConsole.Status().StartAsync($"{string.Join(' ', words)} ...", _ => node.ExecuteAsync(words, cancellationToken)).ConfigureAwait(false)
            : await node.ExecuteAsync(words, cancellationToken).ConfigureAwait(false);
        _renderer.Render(reply);
        return reply.ExitCode;
    }

    private async Task<int> HelpAsync(IReadOnlyList<string> topic, CancellationToken cancellationToken)
    {
        if (topic.Count > 0 && LocalCommands.Handles(topic)) return LocalCommands.Run([.. topic, "--help"], output, error, config);
        var reply = await node.ExecuteAsync([.. topic, "--help"], cancellationToken).ConfigureAwait(false);
        if (reply.Error is not null)
        {
            _renderer.Render(reply);
            return reply.ExitCode;
        }
        foreach (var line in NamingTheShell(reply.Lines)) output.WriteLine(line);
        if (topic.Count == 0)
        {
            output.WriteLine("  audit, config, persistence, forced-delivery-time, simulate   answered by the shell itself ('help audit' ...)");
            output.WriteLine("  exit                                         leave the shell");
        }
        return 0;
    }

    /// <summary>
    /// The node's help names the program it runs in (adnode behind --connect, a test host, ...): its usage lines name
    /// the shell instead, since the shell is where these commands are typed.
    /// </summary>
    private static IEnumerable<string> NamingTheShell(IReadOnlyList<string> lines)
    {
        var usage = false;
        foreach (var line in lines)
        {
            if (line.TrimEnd() == "Usage:") usage = true;
            else if (usage && line.StartsWith("  ", StringComparison.Ordinal) && line.TrimStart().IndexOf(' ') is var space)
            {
                var text = line.TrimStart();
                yield return "  adshell" + (space < 0 ? "" : text[space..]);
                continue;
            }
            else if (line.Trim().Length > 0) usage = false;
            yield return line;
        }
    }
}
