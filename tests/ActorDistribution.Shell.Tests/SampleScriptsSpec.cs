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
    public void The_stuck_lock_sample_reproduces_the_articles_case_and_each_step_of_the_workaround_does_its_part()
    {
        var (code, output, error) = Run("--simulate", "--data", _data.Path,
            "-D", "distribution.inbox-manager.delete-attempts=1", "-D", "distribution.stuck-lock.enabled=off",
            "-D", "distribution.inbox-manager.copy-duration=10s", "--script", Localised("stuck-lock.txt"));

        Assert.Equal((0, ""), (code, error));
        // A client-component upgrade leaves its lock in the CAP's clicomp.box/swdist, held open by the clients.
        Assert.Contains("lock file left in place after 1 failed delete attempt(s)", output);
        Assert.Contains("CAP_DAN/CAP/clicomp.box/swdist/inboxlck.tok is open by WKS01", output);
        Assert.DoesNotContain("offerinf.box/inboxlck.tok is open", output);
        Assert.Contains(@"opened \\CAP_DAN\CAP\clicomp.box\swdist\inboxlck.tok to test for it (handle", output);
        // The clients read their offers, and stay at install pending.
        Assert.Contains("install pending (2.1); offers processed: CH200001.ofr", output);
        Assert.Contains(@"lock file \\CAP_DAN\CAP\clicomp.box\swdist\inboxlck.tok present; software distribution component 2.1 install pending", output);
        // Step 2 closes what the clients held open; step 3 removes the lock; then the clients install.
        Assert.Contains("closed 22 file(s) of WKS01, WKS02", output);
        Assert.DoesNotContain("nothing was open under", output);
        var afterRemedy = output[output.IndexOf("> component start inbox-manager --site CH2", output.IndexOf("> share close-all", StringComparison.Ordinal), StringComparison.Ordinal)..];
        Assert.Matches(@"clicomp\.box/swdist\s*│ -\s*│", afterRemedy);
        Assert.Contains("installed (2.1); offers processed: CH200001.ofr", afterRemedy);
        Assert.Contains(@"software distribution component upgraded to 2.1 from \\CAP_DAN\CAP\clicomp.box\swdist", afterRemedy);
    }

    [Fact]
    public void The_stuck_lock_sample_writes_the_same_events_at_the_same_times_on_every_run()
    {
        // Twenty inbox-side actors race at the same virtual instants; the clock must still make every run's journal alike.
        var runs = Enumerable.Range(1, 2).Select(run =>
        {
            var data = Path.Combine(_data.Path, $"run{run}");
            var (code, _, error) = Run("--simulate", "--data", data,
                "-D", "distribution.inbox-manager.delete-attempts=1", "-D", "distribution.stuck-lock.enabled=off",
                "-D", "distribution.inbox-manager.copy-duration=10s", "--script", Localised("stuck-lock.txt"));
            Assert.Equal((0, ""), (code, error));
            var (exported, lines, _) = Run("audit", "export", "--journal", Path.Combine(data, "journal.db"));
            Assert.Equal(0, exported);
            return Comparable(lines);
        }).ToList();

        Assert.True(runs[0].Count > 100, $"the sample wrote only {runs[0].Count} events");
        Assert.Equal(runs[0], runs[1]);
    }

    // Entity, sequence number, manifest and event as written; the offset and the plugin's wall-clock write time differ by nature.
    private static List<string> Comparable(string exportLines) => exportLines
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject())
        .Select(json => $"{json["persistenceId"]} #{json["sequenceNr"]} {json["manifest"]} {json["event"]!.ToJsonString()}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
