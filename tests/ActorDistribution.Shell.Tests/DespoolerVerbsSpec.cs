using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The despooler verbs' happy paths and their errors for bad input, on a simulated embedded node.</summary>
public sealed class DespoolerVerbsSpec : SimulatedShellSpec
{
    [Fact]
    public void A_site_server_package_and_job_install_the_package()
    {
        var source = Source;
        var (code, output, error) = Script($"""
            site add CH2
            server add NTSRV1 --site CH2
            package add OFFICE97 --source {source}
            job create share-package-on-server --package OFFICE97 --target CH2
            job show 1
            status OFFICE97
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("package OFFICE97 version 1: 1 file(s)", output);
        Assert.Contains("installed (1)", output);
        Assert.Contains("job 1: share-package-on-server of OFFICE97 version 1: completed", output);
    }

    [Fact]
    public void Settings_changed_on_a_site_show_beside_the_ones_in_effect()
    {
        var (code, output, _) = Script("""
            site add CH2
            site set CH2 use-forced-disconnect=on
            site show CH2
            """);
        Assert.Equal(0, code);
        Assert.Matches(@"use-forced-disconnect\s+│\s+on\s+│\s+off", output);
    }

    [Fact]
    public void An_unknown_site_is_named_in_the_error()
    {
        var (code, _, error) = OneShot("site", "show", "ZZ9");
        Assert.Equal(1, code);
        Assert.Contains("ZZ9", error);
    }

    [Fact]
    public void A_bad_setting_value_lists_what_is_allowed()
    {
        var (code, _, error) = Script("""
            site add CH2
            site set CH2 response=instant
            """);
        Assert.Equal(1, code);
        Assert.Contains("very-fast", error);
    }

    [Fact]
    public void A_missing_package_source_is_named_in_the_error()
    {
        var missing = Path.Combine(Data.Path, "no-such-folder");
        var (code, _, error) = OneShot("package", "add", "OFFICE97", "--source", missing);
        Assert.Equal(1, code);
        Assert.Contains("no-such-folder", error);
    }

    [Fact]
    public void An_unknown_job_type_lists_the_four_types()
    {
        var (code, _, error) = Script("""
            site add CH2
            job create copy-everything --package OFFICE97 --target CH2
            """);
        Assert.Equal(1, code);
        Assert.Contains("remove-package-from-server", error);
    }

    [Fact]
    public void The_status_of_an_unknown_package_is_an_error()
    {
        var (code, _, error) = OneShot("status", "NOPE");
        Assert.Equal(1, code);
        Assert.Contains("NOPE", error);
    }
}
