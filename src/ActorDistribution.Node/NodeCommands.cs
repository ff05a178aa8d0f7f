using System.CommandLine;
using ActorDistribution.Runtime.Time;
using ActorDistribution.Node.Commands;

namespace ActorDistribution.Node;

/// <summary>
/// The node's command language (SPEC section 6) over its actors: one line of words in, a reply out.
/// The embedded shell calls it directly; a remote shell sends the words to the HTTP API, which calls it.
/// </summary>
public sealed class NodeCommands(DistributionNode node)
{
    // One command at a time: a shell script's lines run in order, and the virtual clock moves for one caller.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<CommandReply> ExecuteAsync(IReadOnlyList<string> words, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Settle();
            var reply = new ReplyBuilder();
            var output = new StringWriter();
            var error = new StringWriter();
            var root = Build(reply);
            var code = await root.Parse(words.ToArray()).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken)
                .ConfigureAwait(false);
            Settle();
            foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)) reply.Line(line.TrimEnd('\r'));
            var parseError = error.ToString().Trim();
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

    private RootCommand Build(ReplyBuilder reply)
    {
        var root = new RootCommand("ActorDistribution node commands");
        root.Subcommands.Add(ClockCommand(reply));
        root.Subcommands.Add(ShareCommands.Create(node.Shares, reply));
        var call = new GatewayCall(reply, node.Settings.AskTimeout);
        foreach (var command in DespoolerCommands.Create(node, call, reply)) root.Subcommands.Add(command);
        foreach (var command in InboxCommands.Create(node, call, reply)) root.Subcommands.Add(command);
        root.Subcommands.Add(ComponentCommands.Create(node, call, reply));
        return root;
    }

    private Command ClockCommand(ReplyBuilder reply)
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
            if (node.Clock is not VirtualScheduler) return reply.Fail("clock advance: this node runs on the wall clock; start the shell with --simulate to move time.");
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
