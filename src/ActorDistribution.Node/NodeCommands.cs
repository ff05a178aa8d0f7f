using System.CommandLine;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Node.Commands;

namespace ActorDistribution.Node;

/// <summary>
/// The node's command language over its actors: one line of words in, a reply out.
/// The embedded shell calls it directly; a remote shell sends the words to the HTTP API, which calls it.
/// </summary>
public sealed class NodeCommands(DistributionNode node)
{
    // One command at a time: a shell script's lines run in order, and the virtual clock moves for one caller.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <param name="fromEmbeddedShell">
    /// The shell that started this node in its own process asks (advice may name the shell's options, such as
    /// <c>--simulate</c>); otherwise the words came over the HTTP API, from a shell in <c>--connect</c> mode or any client.
    /// </param>
    public async Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default, bool fromEmbeddedShell = false)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Settle();
            var reply = new ReplyBuilder();
            var output = new StringWriter();
            var error = new StringWriter();
            var root = Build(reply, fromEmbeddedShell);
            if (UnknownVerb(root, words) is { } unknown) return CommandReply.Failure(unknown);
            var parsed = root.Parse(words.ToArray());
            var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken)
                .ConfigureAwait(false);
            Settle();
            foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) reply.Line(line.TrimEnd('\r'));
            // The parser's errors, each on one line (its own text puts the allowed values one a line).
            var parseError = parsed.Errors.Count > 0 ? string.Join('\n', parsed.Errors.Select(e => OneLine(e.Message))) : error.ToString().Trim();
            if (parseError.Length > 0) reply.Fail(parseError);
            return reply.Build(code);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    // In a simulation nothing waits on real time, so each command sees (and leaves) a settled system:
    // scripts then read the same on every run. On the wall clock the actors simply go on.
    private void Settle()
    {
        if (node.Settings.VirtualClock) VirtualTime.Settle(node.System);
    }

    /// <summary>A parser message on one line: its continuation lines (the allowed values, one a line) joined with spaces.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.Length > 0));

    /// <summary>
    /// A word where a verb belongs (the first, or the one after a verb that has sub-verbs) that names none: the error
    /// names it and the nearest verbs, by edit distance; null when every verb is known.
    /// </summary>
    public static string? UnknownVerb(Command root, IReadOnlyList<string> words)
    {
        Command current = root;
        var path = new List<string>();
        foreach (var word in words)
        {
            if (word.StartsWith('-') || current.Subcommands.Count == 0) return null;
            var next = current.Subcommands.FirstOrDefault(c => c.Name == word || c.Aliases.Contains(word));
            if (next is null)
            {
                if (current.Arguments.Count > 0) return null;
                var prefix = path.Count == 0 ? "" : string.Join(' ', path) + " ";
                var nearest = current.Subcommands.Select(c => c.Name)
                    .OrderBy(name => StartupValidation.EditDistance(name, word.ToLowerInvariant()))
                    .ThenBy(name => name, StringComparer.Ordinal).Take(3).Select(name => prefix + name);
                var help = string.Join(' ', ["help", .. path]);
                return $"unknown command '{prefix}{word}'; the nearest: {string.Join(", ", nearest)} ('{help}' lists them all)";
            }
            path.Add(word);
            current = next;
        }
        return null;
    }

    private RootCommand Build(ReplyBuilder reply, bool fromEmbeddedShell)
    {
        var root = new RootCommand("ActorDistribution node commands");
        root.Subcommands.Add(ClockCommand(reply, fromEmbeddedShell));
        root.Subcommands.Add(ShareCommands.Create(node.Shares, reply));
        var call = new GatewayCall(reply, node.Settings.AskTimeout);
        foreach (var command in DespoolerCommands.Create(node, call, reply)) root.Subcommands.Add(command);
        foreach (var command in InboxCommands.Create(node, call, reply)) root.Subcommands.Add(command);
        root.Subcommands.Add(ComponentCommands.Create(node, call, reply));
        root.Subcommands.Add(ClusterCommands.Create(node, reply));
        return root;
    }

    private Command ClockCommand(ReplyBuilder reply, bool fromEmbeddedShell)
    {
        var show = new Command("show", "The node's current time (virtual in simulation mode)");
        show.SetAction(_ =>
        {
            reply.Line($"{node.Clock.Now:yyyy-MM-dd HH:mm:ss} UTC ({(node.Clock is VirtualScheduler ? "virtual" : "wall")} clock)");
            return 0;
        });

        var duration = new Argument<string>("duration") { Description = "How far to move: " + DurationText.Allowed };
        var advance = new Command("advance", "Move the virtual clock forward, firing every timer due on the way (simulation mode only)");
        advance.Arguments.Add(duration);
        advance.SetAction(async (parsed, cancellationToken) =>
        {
            var text = parsed.GetValue(duration)!;
            if (!DurationText.TryParse(text, out var by)) return reply.Fail($"clock advance: '{text}' is not a duration; expected {DurationText.Allowed}.");
            // The advice names only what the caller can do: the embedded shell restarts with --simulate; a running node is started anew.
            if (node.Clock is not VirtualScheduler) return reply.Fail(fromEmbeddedShell
                ? "clock advance: this node runs on the wall clock; start the shell with --simulate to move time."
                : "clock advance: this node runs on the wall clock; only a node started on the virtual clock (clock.mode=virtual, as in hocon/simulation.conf) moves time by command.");
            await node.AdvanceClockAsync(by, cancellationToken);
            reply.Line($"advanced {DurationText.Format(by)} to {node.Clock.Now:yyyy-MM-dd HH:mm:ss} UTC");
            return 0;
        });

        var clock = new Command("clock", "Show or move the clock");
        clock.Subcommands.Add(show);
        clock.Subcommands.Add(advance);
        return clock;
    }
}
