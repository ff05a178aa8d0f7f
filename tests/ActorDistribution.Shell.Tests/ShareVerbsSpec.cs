using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The share verbs on an embedded node whose local-disk share host already holds NTSRV1/OFFICE97.</summary>
public sealed class ShareVerbsSpec : SimulatedShellSpec
{
    public ShareVerbsSpec() => Data.Write(Path.Combine("shares", "NTSRV1", "OFFICE97", "setup.exe"), "installer");

    [Fact]
    public void A_user_holds_a_file_open_until_an_administrator_closes_everything_and_is_told()
    {
        var (code, output, error) = Script("""
            share open NTSRV1/OFFICE97/setup.exe --user alice
            share sessions NTSRV1/OFFICE97
            share close-all NTSRV1/OFFICE97
            share sessions NTSRV1
            share messages --user alice
            """);
        Assert.Equal((0, ""), (code, error));
        Assert.Contains("alice holds NTSRV1/OFFICE97/setup.exe open", output);
        Assert.Contains("setup.exe", output);
        Assert.Contains("closed 1 file(s) of alice under NTSRV1/OFFICE97", output);
        Assert.Contains("An administrator closed the files", output);
    }

    [Fact]
    public void A_user_closes_the_file_they_hold()
    {
        var (code, output, _) = Script("""
            share open NTSRV1/OFFICE97/setup.exe --user bob
            share close NTSRV1/OFFICE97/setup.exe --user bob
            share close-all NTSRV1/OFFICE97
            """);
        Assert.Equal(0, code);
        Assert.Contains("bob closed NTSRV1/OFFICE97/setup.exe", output);
        Assert.Contains("nothing was open under NTSRV1/OFFICE97", output);
    }

    [Theory]
    [InlineData("NTSRV1/OFFICE97/../../etc/passwd")]
    [InlineData("NTSRV1/OFFICE97//etc/passwd")]
    public void A_path_leaving_the_share_is_refused(string path)
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "share", "open", path, "--user", "mallory");
        Assert.Equal(1, code);
        Assert.Contains("share open", error);
    }

    [Fact]
    public void Opening_a_missing_file_names_it()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "share", "open", "NTSRV1/OFFICE97/nothere.exe", "--user", "alice");
        Assert.Equal(1, code);
        Assert.Contains("nothere.exe", error);
    }

    [Fact]
    public async Task A_failed_open_leaves_no_session_behind()
    {
        // The REPL goes on after an error, so one process (one share host) sees both lines.
        var input = new StringReader("share open NTSRV1/OFFICE97/nothere.exe --user alice\nshare sessions NTSRV1/OFFICE97\n");
        var (output, error) = (new StringWriter(), new StringWriter());

        await ShellApp.RunAsync(["--simulate", "--data", Data.Path], input, output, error);

        Assert.Contains("nothere.exe", error.ToString());
        Assert.DoesNotContain("alice", output.ToString());
    }

    [Fact]
    public void A_location_without_a_file_is_refused_with_the_expected_form()
    {
        var (code, _, error) = Run("--simulate", "--data", Data.Path, "--", "share", "open", "NTSRV1", "--user", "alice");
        Assert.Equal(1, code);
        Assert.Contains("<server>/<share>/<path>", error);
    }
}
