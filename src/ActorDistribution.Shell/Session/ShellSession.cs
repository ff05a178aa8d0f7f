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
        foreach (var line in reply.Lines) output.WriteLine(line);
        if (topic.Count == 0)
        {
            output.WriteLine("  audit, config, persistence, forced-delivery-time   answered by the shell itself ('help audit' ...)");
            output.WriteLine("  exit                                         leave the shell");
        }
        return 0;
    }
}
