using System.CommandLine;
using ActorDistribution.Shell.Commands;

namespace ActorDistribution.Shell;

/// <summary>The shell's command tree; Run takes its writers so tests can drive it in process.</summary>
public static class ShellApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ActorDistribution admin shell");
        root.Subcommands.Add(ConfigCommands.Create(output, error));
        root.Subcommands.Add(PersistenceCommands.Create(output));
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(invocation);
    }
}
