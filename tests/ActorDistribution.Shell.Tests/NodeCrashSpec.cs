using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Testing;

namespace ActorDistribution.Shell.Tests;

/// <summary>An embedded node killed mid-escalation (never disposed) and started again on the same journal finishes on time.</summary>
public sealed class NodeCrashSpec : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private Config Config() => ConfigFactory.Load(null, [
        "clock.mode=virtual", $"persistence.sqlite.path={Path.Combine(_data.Path, "journal.db")}",
        $"shares.root={Path.Combine(_data.Path, "shares")}", "logging.console.enabled=off"]);

    private static async Task Do(DistributionNode node, string line)
    {
        var reply = await node.Commands.ExecuteAsync(line.Split(' '));
        Assert.True(reply.Succeeded, $"{line}: {reply.Error}");
    }

    private static async Task<string> Status(DistributionNode node)
    {
        var reply = await node.Commands.ExecuteAsync(["status", "OFFICE97"]);
        return reply.Tables.Single().Rows.Single()[2];
    }

    [Fact]
    public async Task The_escalation_resumes_after_a_crash_and_delivers_at_22h05m()
    {
        var v1 = _data.Write(Path.Combine("v1", "setup.exe"), "version 1");
        var v2 = _data.Write(Path.Combine("v2", "setup.exe"), "version 2");
        var first = await DistributionNode.StartAsync(Config());
        foreach (var line in new[]
                 {
                     "site add CH2 --response fast",
                     "site set CH2 use-forced-disconnect=1 retries-before-forced-disconnection=10 forced-disconnection-delay=5",
                     "component pause despooler --site CH2", "component continue despooler --site CH2",
                     "server add NTSRV1 --site CH2",
                     $"package add OFFICE97 --source {Path.GetDirectoryName(v1)}",
                     "job create share-package-on-server --package OFFICE97 --target CH2",
                     "share open NTSRV1/OFFICE97/setup.exe --user alice",
                     $"package update OFFICE97 --source {Path.GetDirectoryName(v2)}",
                     "job create share-package-on-server --package OFFICE97 --target CH2",
                     "clock advance 10h",
                 })
            await Do(first, line);
        Assert.Equal("retrying (retry 6 of 10, next at 2026-01-01 12:00 UTC, forced copy at 2026-01-01 22:05 UTC)", await Status(first));
        // The crash: the node is dropped as it stands, with no graceful stop; its process is gone, so its journal lock is stale.
        File.WriteAllText(Path.Combine(_data.Path, "journal.db.lock"), $"{JournalLockSpec.DeadPid()}\nadshell\n\n");

        await using var second = await DistributionNode.StartAsync(Config());
        // The file server outlived the node: alice still has setup.exe open.
        await Do(second, "share open NTSRV1/OFFICE97/setup.exe --user alice");
        await Do(second, "clock advance 12h04m");
        Assert.Equal("warning-sent (closes at 2026-01-01 22:05 UTC)", await Status(second));
        await Do(second, "clock advance 1m");
        Assert.Equal("installed (2)", await Status(second));
        GC.KeepAlive(first);
    }
}
