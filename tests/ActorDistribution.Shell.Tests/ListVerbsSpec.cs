using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 15: <c>site|server|package|cap|client list</c> and <c>package show</c>, each answered by its gateway; empty lists say so.</summary>
public sealed class ListVerbsSpec : SimulatedShellSpec
{
    [Fact]
    public void Every_list_names_what_was_added()
    {
        var source = Source;
        var (code, output, error) = Script($"""
            site add CH2 --response fast
            site add DE1
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {source}
            cap add CAP_DAN --site CH2
            client add WKS1 --site CH2
            site list
            server list
            package list
            cap list
            client list
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Matches(@"CH2\s+│\s+fast\s+│.*│\s+running\s+│\s+NTSRV1", output);
        Assert.Matches(@"DE1\s+│\s+\S+\s+│.*│\s+-\s+│", output);
        Assert.Matches(@"NTSRV1\s+│\s+CH2", output);
        Assert.Matches(@"OFFICE97\s+│\s+1\s+│\s+1\s+│\s+5\s+│", output);
        Assert.Matches(@"CAP_DAN\s+│\s+CH2\s+│\s+CAP_DAN/CAP\s+│\s+offerinf\.box", output);
        Assert.Matches(@"WKS1\s+│\s+CH2\s+│\s+scan", output);
    }

    [Fact]
    public void The_lists_survive_a_restart_of_the_shell()
    {
        Assert.Equal(0, Script("""
            site add CH2
            cap add CAP_DAN --site CH2
            client add WKS1 --site CH2
            """).Code);

        var (caps, capsOutput, _) = Run("--simulate", "--data", Data.Path, "--", "cap", "list");
        var (clients, clientsOutput, _) = Run("--simulate", "--data", Data.Path, "--", "client", "list");

        Assert.Equal((0, 0), (caps, clients));
        Assert.Contains("CAP_DAN", capsOutput);
        Assert.Contains("WKS1", clientsOutput);
    }

    [Fact]
    public void Empty_lists_say_so()
    {
        var (code, output, error) = Script("""
            site list
            server list
            package list
            cap list
            client list
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("no sites yet", output);
        Assert.Contains("no distribution servers yet", output);
        Assert.Contains("no packages yet", output);
        Assert.Contains("no CAPs yet", output);
        Assert.Contains("no clients yet", output);
    }

    [Fact]
    public void Package_show_lists_its_versions_and_the_current_files()
    {
        var source = Source;
        var (code, output, error) = Script($"""
            package add OFFICE97 --source {source}
            package update office97 --source {source}
            package show OFFICE97
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("package OFFICE97: current version 2 of 2", output);
        Assert.Matches(@"setup\.exe\s+│\s+5\s+│\s+[0-9a-f]{64}", output);
    }

    [Fact]
    public void Package_show_of_an_unknown_package_names_the_known_ones()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "package", "show", "NOPE");
        Assert.Equal(1, code);
        Assert.StartsWith("error: package show: unknown package 'NOPE'", error);
    }
}
