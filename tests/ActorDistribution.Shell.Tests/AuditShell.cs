using System.CommandLine;
using ActorDistribution.Shell.Commands;

namespace ActorDistribution.Shell.Tests;

/// <summary>Runs <c>audit ...</c> in process, the way the shell's root command will, and captures what it printed.</summary>
internal static class AuditShell
{
    public static (int Code, string Output, string Error) Run(params string[] args) => RunWithDefault(null, args);

    /// <summary>As a shell started with --data passes its own journal as the default.</summary>
    public static (int Code, string Output, string Error) RunWithDefault(string? defaultJournal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand("test shell");
        root.Subcommands.Add(AuditCommands.Create(output, error, defaultJournal: defaultJournal));
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
