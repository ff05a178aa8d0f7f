using System.Diagnostics;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Testing;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

/// <summary>One process owns an embedded journal: a second start is refused at once, naming the holder and how to connect instead.</summary>
public sealed class JournalLockSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private string LockFile => Path.Combine(_data.Path, "journal.db.lock");

    /// <summary>The pid of a process that has ended: what a crashed holder leaves in its lock.</summary>
    public static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void A_journal_held_by_a_live_node_serving_http_is_refused_with_one_line_naming_it_and_how_to_connect()
    {
        File.WriteAllText(LockFile, $"{Environment.ProcessId}\nadnode\nhttp://127.0.0.1:5999\n");

        var (code, output, error) = Run("--simulate", "--data", _data.Path, "--", "site", "add", "CH2");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"is in use by adnode (pid {Environment.ProcessId}) serving http://127.0.0.1:5999; drive it instead with --connect http://127.0.0.1:5999", line);
        Assert.False(File.Exists(Path.Combine(_data.Path, "journal.db")), "nothing of the journal should be touched");
    }

    [Fact]
    public async Task A_running_embedded_node_holds_its_journal_until_it_stops()
    {
        var config = ConfigFactory.Load(null, [
            "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(_data.Path, "journal.db")}",
            $"shares.root={Path.Combine(_data.Path, "shares")}", "logging.console.enabled=off"]);
        var node = await DistributionNode.StartAsync(config);

        var (code, _, error) = Run("--simulate", "--data", _data.Path, "--", "site", "add", "CH2");
        Assert.Equal(1, code);
        Assert.Contains($"(pid {Environment.ProcessId})", error);
        await Assert.ThrowsAsync<ActorDistribution.Runtime.Persistence.JournalInUseException>(() => DistributionNode.StartAsync(config));

        await node.DisposeAsync();
        Assert.False(File.Exists(LockFile), "the lock goes when the node stops");
        Assert.Equal(0, Run("--simulate", "--data", _data.Path, "--", "site", "add", "CH2").Code);
    }

    [Fact]
    public void A_stale_lock_of_a_process_that_is_gone_is_taken_over_and_released_on_exit()
    {
        File.WriteAllText(LockFile, $"{DeadPid()}\nadshell\n\n");

        var (code, _, error) = Run("--simulate", "--data", _data.Path, "--", "site", "add", "CH2");

        Assert.Equal((0, ""), (code, error));
        Assert.False(File.Exists(LockFile));
    }
}
