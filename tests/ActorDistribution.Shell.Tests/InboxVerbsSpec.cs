using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The inbox-side verbs through the shell on a simulated embedded node.</summary>
public sealed class InboxVerbsSpec : SimulatedShellSpec
{
    [Fact]
    public void An_offer_dropped_into_the_site_inbox_reaches_a_scanning_client_through_its_CAP()
    {
        var offer = Data.Write("offer1.ofr", "run setup.exe");
        var (code, output, error) = Script($"""
            site add CH2
            cap add CAP_DAN --site CH2
            client add WKS1 --site CH2
            component start inbox-manager --site CH2
            inbox drop CH2 offerinf.box {offer}
            clock advance 15m
            inbox status --cap CAP_DAN
            client log WKS1
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("SITESRV_CH2/SMS_CH2/offerinf.box/offer1.ofr", output);
        Assert.Contains("offers processed: offer1.ofr", output);
        Assert.Contains("1 of 10", output);  // the lock went at the first delete attempt
    }

    [Theory]
    [InlineData("cap", "add", "CAP_DAN", "--site", "NOPE")]
    [InlineData("client", "add", "WKS1", "--site", "NOPE")]
    [InlineData("component", "start", "inbox-manager", "--site", "NOPE")]
    [InlineData("inbox", "scan", "--site", "NOPE")]
    public void An_unknown_site_is_refused_on_the_inbox_side_as_on_the_despooler_side(params string[] command)
    {
        var (code, _, error) = Run(["--simulate", "--data", Data.Path, "--", .. command]);
        Assert.Equal(1, code);
        Assert.Contains("unknown site 'NOPE'; known sites: none yet (site add)", error);

        var (despooler, _, despoolerError) = Run("--simulate", "--data", Data.Path, "--", "server", "add", "NTSRV1", "--site", "NOPE");
        Assert.Equal(1, despooler);
        Assert.Contains("unknown site 'NOPE'; known sites: none yet (site add)", despoolerError);
    }

    [Fact]
    public void Dropping_into_an_unknown_site_is_refused()
    {
        var offer = Data.Write("offer1.ofr", "run setup.exe");
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "inbox", "drop", "NOPE", "offerinf.box", offer);
        Assert.Equal(1, code);
        Assert.Contains("unknown site 'NOPE'", error);
    }

    [Fact]
    public void An_unknown_client_mode_is_refused_with_the_allowed_modes()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "client", "add", "WKS1", "--site", "CH2", "--mode", "peek");
        Assert.Equal(1, code);
        Assert.Contains("scan", error);
        Assert.Contains("legacy-open-check", error);
    }

    [Fact]
    public void Dropping_a_missing_file_names_it()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "inbox", "drop", "CH2", "offerinf.box", "no-such.ofr");
        Assert.Equal(1, code);
        Assert.Contains("no-such.ofr", error);
    }

    [Fact]
    public void The_log_of_an_unknown_client_says_how_to_add_one()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "client", "log", "GHOST");
        Assert.Equal(1, code);
        Assert.Contains("client add GHOST", error);
    }

    [Fact]
    public void The_inbox_manager_cannot_be_paused()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "component", "pause", "inbox-manager", "--site", "CH2");
        Assert.Equal(1, code);
        Assert.Contains("started or stopped", error);
    }
}
