using System.CommandLine;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Shell.Commands;

namespace ActorDistribution.Shell.Session;

/// <summary>The verbs the shell answers itself, without a node: configuration, journal DDL, the forced-delivery formula, audits of the journal, world generation.</summary>
public static class LocalCommands
{
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string> { "config", "persistence", "forced-delivery-time", "audit", "simulate" };

    public static bool Handles(IReadOnlyList<string> words) => words.Count > 0 && Verbs.Contains(words[0]);

    public static int Run(IReadOnlyList<string> words, TextWriter output, TextWriter error, Config config)
    {
        var root = new RootCommand("ActorDistribution admin shell: local commands");
        root.Subcommands.Add(ConfigCommands.Create(output, error));
        root.Subcommands.Add(PersistenceCommands.Create(output, error, config));
        root.Subcommands.Add(ForcedDeliveryTimeCommand.Create(output, error, config));
        root.Subcommands.Add(SimulateCommand.Create(output, error));
        // Audits read the journal file directly, the one the embedded node of these options writes.
        root.Subcommands.Add(AuditCommands.Create(output, error,
            () => DistributionEvents.Codec().Register<SimulationClockMoved>(), config.GetString("persistence.sqlite.path")));
        if (NodeCommands.UnknownVerb(root, words) is { } unknown)
        {
            error.WriteLine($"error: {unknown}");
            return 1;
        }
        var parsed = root.Parse(words.ToArray());
        if (parsed.Errors.Count > 0)
        {
            // Every error line starts with error:, as the node's do; 'help <verb>' shows what is allowed.
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {NodeCommands.OneLine(problem.Message)}");
            error.WriteLine($"error: 'help {string.Join(' ', words.TakeWhile(w => !w.StartsWith('-')).Take(2))}' shows what {words[0]} takes");
            return 1;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
