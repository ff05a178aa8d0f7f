using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Shell.Session;

namespace ActorDistribution.Shell;

/// <summary>
/// The admin shell: a REPL, a script, or one command, on an embedded node (default), a simulated one
/// (<c>--simulate</c>) or a running node (<c>--connect</c>). Takes its writers so tests drive it in process.
/// </summary>
public static class ShellApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => RunAsync(args, Console.In, output, error).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive = false)
    {
        if (!ShellOptions.TryParse(args, out var options, out var problem))
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine(ShellOptions.Usage);
            return 1;
        }
        if (options.Help)
        {
            output.WriteLine(ShellOptions.Usage);
            return 0;
        }

        Config config;
        var overrides = EmbeddedOverrides(options);
        try
        {
            config = ConfigFactory.Load(options.ConfigFile, overrides);
        }
        catch (HoconException problemInConfig)
        {
            error.WriteLine($"error: {problemInConfig.Message}");
            return 1;
        }

        // Every setting is checked before a node or a local command uses one (a running node checked its own at its start).
        if (options.Connect is null || LocalCommands.Handles(options.Command))
        {
            var problems = StartupValidation.Check(config, overrides);
            if (problems.Count > 0)
            {
                foreach (var found in problems) error.WriteLine($"error: {found}");
                return 1;
            }
        }

        // Local verbs need no node: answer them without opening a journal.
        if (LocalCommands.Handles(options.Command)) return LocalCommands.Run(options.Command, output, error, config);

        await using var node = await ConnectAsync(options, config, error).ConfigureAwait(false);
        if (node is null) return 1;
        var session = new ShellSession(node, config, output, error, colours: interactive);
        if (options.Script is not null) return await ScriptRunner.RunAsync(session, options.Script, output, error).ConfigureAwait(false);
        if (options.Command.Count > 0) return await session.ExecuteAsync(options.Command).ConfigureAwait(false);
        return await Repl.RunAsync(session, input, output, interactive).ConfigureAwait(false);
    }

    /// <summary>--simulate and --data as settings; the user's own -D come last and win.</summary>
    private static IReadOnlyList<string> EmbeddedOverrides(ShellOptions options)
    {
        // The shell's own output is the conversation: the embedded node logs to a file instead of the console.
        var overrides = new List<string> { "logging.console.enabled=off", "logging.file.enabled=on" };
        if (options.Simulate) overrides.Add("clock.mode=virtual");
        var data = options.DataDirectory ?? (options.Simulate ? Path.Combine(".", "data", "sim") : null);
        if (data is not null)
        {
            overrides.Add($"persistence.sqlite.path={Path.Combine(data, "journal.db")}");  // -D values are taken verbatim
            overrides.Add($"shares.root={Path.Combine(data, "shares")}");
            overrides.Add($"logging.file.path={Path.Combine(data, "logs", "actordistribution-.log")}");
        }
        overrides.AddRange(options.Overrides);
        return overrides;
    }

    private static async Task<INodeConnection?> ConnectAsync(ShellOptions options, Config config, TextWriter error)
    {
        if (options.Connect is not null) return new RemoteNode(options.ConnectAll.Count > 0 ? options.ConnectAll : [options.Connect], options.Token);
        // A folder that cannot be written is named with its setting before anything opens it.
        var folders = StartupFailure.FolderProblems(config);
        if (folders.Count > 0)
        {
            foreach (var problem in folders) error.WriteLine($"error: {problem}");
            return null;
        }
        try
        {
            return new EmbeddedNode(await DistributionNode.StartAsync(config).ConfigureAwait(false));
        }
        catch (Exception problem) when (problem is not OperationCanceledException)
        {
            error.WriteLine($"error: {(problem is JournalInUseException ? "" : "the embedded node could not start: ")}{StartupFailure.Describe(problem, config)}");
            return null;
        }
    }
}
