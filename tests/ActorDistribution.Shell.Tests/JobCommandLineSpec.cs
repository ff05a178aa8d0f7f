using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>Issue 15: a run-command-on-workstation job carries the command line (<c>--command</c>) in its offer; the client shows it.</summary>
public sealed class JobCommandLineSpec : SimulatedShellSpec
{
    [Fact]
    public void The_command_line_goes_with_the_offer_to_the_client_which_shows_it()
    {
        var (code, output, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            cap add CAP_DAN --site CH2
            client add WKS1 --site CH2
            component start inbox-manager --site CH2
            package add OFFICE97 --source {Source}
            job create run-command-on-workstation --package OFFICE97 --target CH2 --command "setup.exe /q /norestart"
            clock advance 15m
            job show 1
            client log WKS1
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("command line: setup.exe /q /norestart", output[output.LastIndexOf("> job show 1", StringComparison.Ordinal)..]);
        var log = output[output.LastIndexOf("> client log WKS1", StringComparison.Ordinal)..];
        Assert.Contains("offers processed: JOB1.OFR", log);
        Assert.Contains("offer JOB1.OFR: runs the command line \"setup.exe /q /norestart\"", log);
    }

    [Fact]
    public void A_run_command_job_without_a_command_line_is_refused_naming_the_option()
    {
        var (code, _, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            job create run-command-on-workstation --package OFFICE97 --target CH2
            """);
        Assert.NotEqual(0, code);
        Assert.Contains("--command", error);
    }

    [Fact]
    public void A_command_line_for_another_job_type_is_refused()
    {
        var (code, _, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {Source}
            job create share-package-on-server --package OFFICE97 --target CH2 --command "setup.exe"
            """);
        Assert.NotEqual(0, code);
        Assert.Contains("--command", error);
        Assert.Contains("run-command-on-workstation", error);
    }
}
