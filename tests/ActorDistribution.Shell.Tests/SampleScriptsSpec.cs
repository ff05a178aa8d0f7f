using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>The README's two samples, run through the shell's entry point on a temporary journal and the virtual clock.</summary>
public sealed class SampleScriptsSpec : IDisposable
{
    private static readonly string Samples = RepositoryRoot.Combine("src", "ActorDistribution.Shell", "samples");
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    // The scripts name their files from the checkout's root, as a user runs them; here they run from the test's folder.
    private string Localised(string script)
        => _data.Write(script, File.ReadAllText(Path.Combine(Samples, script)).Replace("src/ActorDistribution.Shell/samples", Samples));

    private string Journal => Path.Combine(_data.Path, "journal.db");

    [Fact]
    public void The_forced_delivery_sample_delivers_at_22h05m_after_warning_the_user()
    {
        var (code, output, error) = Run("--simulate", "--data", _data.Path, "--script", Localised("forced-delivery.txt"));

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("22h05m (1325 min)", output);
        Assert.Contains("retrying (retry 1 of 10, next at 2026-01-01 02:00 UTC, forced copy at 2026-01-01 22:05 UTC)", output);
        Assert.Contains("warning-sent (closes at 2026-01-01 22:05 UTC)", output);
        Assert.Contains("installed (2)", output);
        Assert.Contains("is ready again", output);
    }

    [Fact]
    public void The_journal_of_the_forced_delivery_sample_passes_the_audit()
    {
        Run("--simulate", "--data", _data.Path, "--script", Localised("forced-delivery.txt"));

        var (code, output, _) = Run("audit", "verify", "--journal", Journal);
        Assert.Equal(0, code);
        Assert.StartsWith("no violations", output.Trim());
    }

    [Fact]
    public void The_rebuilt_state_at_a_time_matches_what_status_showed_then()
    {
        Run("--simulate", "--data", _data.Path, "--script", Localised("forced-delivery.txt"));

        var (code, output, _) = Run("audit", "state", "pkgdir/NTSRV1/OFFICE97", "--at", "2026-01-01T22:02:00Z", "--journal", Journal);
        Assert.Equal(0, code);
        Assert.Contains("\"status\": \"warning-sent (closes at 2026-01-01 22:05 UTC)\"", output);
    }

    [Fact]
    public void The_stuck_lock_sample_reproduces_the_failure_and_the_manual_remedy_clears_it()
    {
        var (code, output, error) = Run("--simulate", "--data", _data.Path,
            "-D", "distribution.inbox-manager.delete-attempts=1", "-D", "distribution.stuck-lock.enabled=off",
            "-D", "distribution.inbox-manager.copy-duration=10s", "--script", Localised("stuck-lock.txt"));

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("lock file left in place after 1 failed delete attempt(s)", output);
        Assert.Contains("after 34 checks over 2m 45s", output);
        Assert.Contains("install pending (2.1); offers processed: none", output);
        Assert.Contains("installed (2.1); offers processed: CH200001.ofr", output);
    }
}
