using System.Diagnostics;
using ActorDistribution.Benchmarks.Cluster;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Distribution.StuckLockRemedies;
using ActorDistribution.Shares;
using Xunit.Abstractions;

namespace ActorDistribution.FileServer.Tests.Cluster;

/// <summary>
/// The inbox side of failover: a stuck-lock remedy under way when the member running the site's stuck-lock supervisor
/// is killed (kill -9) finishes on a survivor. Three adnode processes on 127.0.0.1, wall clock, intervals compressed:
/// the copy into the CAP's clicomp.box/swdist keeps its lock 12 s, a lock older than 1 s is stuck, one delete attempt.
/// A workstation holds the lock file open (as the legacy clients of samples/stuck-lock.txt do), so the delete at the
/// copy's end fails and only the remedy's force-close clears it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterStuckLockFailoverSpec(ITestOutputHelper output)
{
    private const string Site = "CH2";
    private const string Cap = "CAP_DAN";
    private const string ComponentInbox = "clicomp.box/swdist";
    private const string Holder = "wks-holder";

    private static readonly IReadOnlyList<string> Settings =
    [
        "distribution.inbox-manager.scan-interval=1s",
        "distribution.inbox-manager.copy-duration=12s",
        "distribution.inbox-manager.delete-attempts=1",
        "distribution.inbox-manager.delete-retry-spacing=500ms",
        "distribution.stuck-lock.max-age=1s",
        "distribution.client.cycle-interval=2s",
        "distribution.client.lock-retry-interval=500ms",
        "distribution.client.lock-retries=2",
    ];

    /// <param name="kind">The entity kind whose member is killed: the site's stuck-lock supervisor, or its inbox manager.</param>
    [Theory]
    [InlineData("stuck-lock-supervisors")]
    [InlineData("inbox-managers")]
    public async Task A_stuck_lock_remedy_under_way_finishes_on_a_survivor_when_the_member_running_the_site_entity_is_killed(string kind)
    {
        var log = new StringWriter();
        await using var rig = await ClusterRig.StartAsync(3, Settings);
        rig.KeepFolder = true;  // the node logs stay for a failed run
        try
        {
            await RunAsync(rig, kind, log);
            rig.KeepFolder = false;
        }
        catch (Exception problem) when (problem is TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{problem.Message}\n{log}\nnode logs: {rig.Folder}", problem);
        }
        finally
        {
            output.WriteLine(log.ToString());
        }
    }

    private static async Task RunAsync(ClusterRig rig, string kind, StringWriter log)
    {
        var clock = Stopwatch.StartNew();
        var formed = await rig.WaitMembersUpAsync(3, TimeSpan.FromSeconds(90));
        log.WriteLine($"# cluster of 3 up after {formed.TotalSeconds:0.0} s");
        var first = rig.Nodes[0];
        await rig.DoAsync(first, $"site add {Site}");
        await rig.DoAsync(first, $"cap add {Cap} --site {Site}");
        await rig.DoAsync(first, $"component start inbox-manager --site {Site}");
        // Scan-mode workstations: they list the inbox, wait on the lock and never hold it, so only the holder below keeps it.
        foreach (var client in (string[])["WKS01", "WKS02"])
        {
            await rig.DoAsync(rig.Nodes[1], $"client add {client} --site {Site} --first-cycle-in 500ms");
            await rig.DoAsync(rig.Nodes[2], $"client upgrade {client} 2.1 swdist21.exe");
        }
        var installer = Path.Combine(rig.Folder, "swdist21.exe");
        await File.WriteAllTextAsync(installer, "software distribution component 2.1");
        await rig.DoAsync(first, $"inbox drop {Site} {ComponentInbox} {installer}");

        // The copy takes the lock; a workstation opens the lock file and holds it, so the copy's single delete will fail.
        using var files = rig.FileServer();
        var share = CapShares.Address(Cap);
        var lockPath = CapPaths.LockPath(ComponentInbox, "inboxlck.tok");
        await ClusterRig.WaitUntilAsync(() => Task.FromResult(files.GetFileInfo(share, lockPath).IsSuccess), TimeSpan.FromSeconds(30), "the copy's lock in the CAP inbox");
        Assert.True(files.OpenFileAs(Holder, share, lockPath).IsSuccess, "the workstation could not open the lock file");
        log.WriteLine($"# lock taken and held open by {Holder} at {clock.Elapsed.TotalSeconds:0.0} s");

        // Older than max-age while the copy still writes: the remedy starts and is held (the manager is stopping, writing the inbox).
        await ClusterRig.WaitUntilAsync(async () => (await RemedyAsync(rig)).Contains("StoppingInboxManager, round 1", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the remedy's round 1 stopping the inbox manager");
        // cluster status: one site, so the one member with an entity of the kind runs it.
        var victimAddress = (await rig.EntitiesAsync(kind)).Single(kv => kv.Value > 0).Key;
        var victim = rig.Nodes.Single(n => n.Address == victimAddress);
        var alsoThere = new List<string>();
        foreach (var other in (string[])["stuck-lock-supervisors", "inbox-managers", "caps"])
            if ((await rig.EntitiesAsync(other)).TryGetValue(victimAddress, out var count) && count > 0) alsoThere.Add(other);
        log.WriteLine($"# remedy under way ({await RemedyAsync(rig)}); killing node{victim.Number}, which runs {string.Join(", ", alsoThere)}, at {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(files.GetFileInfo(share, lockPath).IsSuccess, "the lock went before the kill: the remedy was not under way");
        var killedAt = DateTimeOffset.UtcNow;
        var kill = Stopwatch.StartNew();
        victim.Kill();

        await ClusterRig.WaitUntilAsync(async () => (await rig.MembersAsync()).All(mm => mm.Address != victimAddress), TimeSpan.FromSeconds(60), $"node{victim.Number} removed");
        log.WriteLine($"# node{victim.Number} removed at {kill.Elapsed.TotalSeconds:0.0} s after the kill");

        // The remedy finishes on a survivor: the lock goes, the supervisor watches again, the manager runs, the clients install.
        await ClusterRig.WaitUntilAsync(() => Task.FromResult(!files.GetFileInfo(share, lockPath).IsSuccess), TimeSpan.FromSeconds(60), "the stuck lock cleared");
        log.WriteLine($"# lock gone {kill.Elapsed.TotalSeconds:0.0} s after the kill");
        await ClusterRig.WaitUntilAsync(async () => (await RemedyAsync(rig)).Contains("Watching, round 0", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the supervisor watching again");
        var scan = await rig.DoAsync(rig.Live(), $"inbox scan --site {Site}");  // refused unless the manager runs
        Assert.Contains("Running", string.Join("\n", scan.Lines), StringComparison.OrdinalIgnoreCase);
        await ClusterRig.WaitUntilAsync(async () =>
        {
            var clients = await rig.DoAsync(rig.Live(), "client list");
            return clients.Tables.Single().Rows.Count == 2 && clients.Tables.Single().Rows.All(r => r[3] == "installed (2.1)");
        }, TimeSpan.FromSeconds(30), "both clients installed the component 2.1");
        log.WriteLine($"# clients installed 2.1 {kill.Elapsed.TotalSeconds:0.0} s after the kill; run took {clock.Elapsed.TotalSeconds:0.0} s");

        // The journal: the remedy's close reached the holder and the round was cleared after the kill, once; nothing written twice.
        await using var source = await AuditSource.OpenPostgreSqlAsync(rig.Database);
        var seen = new HashSet<(string, long)>();
        var duplicates = 0;
        var remedy = new List<StuckLockEvent>();
        var copies = 0;
        await foreach (var e in source.ReadAllAsync())
        {
            if (!seen.Add((e.PersistenceId, e.SequenceNr))) duplicates++;
            if (e.Event is StuckLockEvent step) remedy.Add(step);
            if (e.Event is InboxUpdateStarted { Files.Count: > 0 } && e.PersistenceId == $"inbox/{Cap}/{ComponentInbox}") copies++;
        }
        log.WriteLine("# remedy journal: " + string.Join(", ", remedy.Select(e => $"{e.GetType().Name}@{(e.At - killedAt).TotalSeconds:+0.0;-0.0}s")));
        Assert.Equal(0, duplicates);
        // One dispatch, one copy: an order re-sent by a manager that lost its finish report in the failover is not run again.
        Assert.True(copies == 1, $"{copies} copies of the installer into {Cap}/{ComponentInbox}");
        Assert.True(Assert.Single(remedy.OfType<StuckLockDetected>()).At < killedAt, "the remedy started only after the kill");
        var closed = Assert.Single(remedy.OfType<CapConnectionsClosed>());
        Assert.Contains(Holder, closed.Users, StringComparer.OrdinalIgnoreCase);
        Assert.True(closed.At > killedAt, "the connections were closed before the kill: the kill did not fall inside the remedy");
        var cleared = Assert.Single(remedy.OfType<StuckLockCleared>());
        Assert.Equal(1, cleared.Round);
        Assert.Empty(remedy.OfType<StuckLockAlarmed>());
        // No step sat out the 30 s watchdog: a step lost with the killed member is asked again once the manager recovers.
        var steps = remedy.Where(e => e.At >= killedAt - TimeSpan.FromSeconds(2) && e.At <= cleared.At).Select(e => e.At).Prepend(killedAt).Order().ToList();
        var longest = steps.Zip(steps.Skip(1), (a, b) => b - a).Max();
        Assert.True(longest < TimeSpan.FromSeconds(25), $"the remedy stood still {longest.TotalSeconds:0.0} s after the kill");
        var report = await InvariantChecker.VerifyAsync(source);
        Assert.True(report.Violations.Count == 0, string.Join("\n", report.Violations.Take(5)));
    }

    private static async Task<string> RemedyAsync(ClusterRig rig)
        => string.Join(" ", (await rig.DoAsync(rig.Live(), $"inbox remedy --site {Site}")).Lines);
}
