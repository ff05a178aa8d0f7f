using System.Diagnostics;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.PackageDirectories;
using ActorDistribution.Shares;

namespace ActorDistribution.Benchmarks.Cluster;

/// <summary>
/// Kill-a-node: one site with forced delivery on (x = polling x factor, y retries, z delay, all compressed to seconds),
/// servers x packages directories each held open by its own user; a new version escalates on all of them; the member
/// running most package directories is killed (kill -9) while they are retrying; the survivors must finish every one.
/// </summary>
public sealed class FailoverScenario
{
    public int Servers { get; init; } = 10;
    public int Packages { get; init; } = 10;
    public TimeSpan Polling { get; init; } = TimeSpan.FromMilliseconds(200);
    public int RetryFactor { get; init; } = 10;
    public int Retries { get; init; } = 3;
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>How the member goes: kill -9, SIGTERM (it leaves and hands its shards off), or SIGSTOP (a partition).</summary>
    public MemberLoss Loss { get; init; } = MemberLoss.Kill;

    /// <summary>x, the retry interval.</summary>
    public TimeSpan RetryInterval => Polling * RetryFactor;

    /// <summary>x(y+1)+z: from the first failed attempt to the forced delivery.</summary>
    public TimeSpan ForcedAfter => RetryInterval * (Retries + 1) + Delay;

    public int Directories => Servers * Packages;

    /// <summary>The -D settings that compress the domain's intervals (and the cluster's timing under test).</summary>
    public IReadOnlyList<string> Settings =>
    [
        $"distribution.despooler.polling-interval.fast={(long)Polling.TotalMilliseconds}ms",
        $"distribution.despooler.retry-interval-factor={RetryFactor}",
    ];

    private static string Server(int i) => $"SRV{i:00}";
    private static string Package(int i) => $"PKG{i:00}";
    private static string User(int s, int p) => $"user{s:00}{p:00}";

    public async Task<FailoverResult> RunAsync(ClusterRig rig, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var formed = await rig.WaitMembersUpAsync(rig.Nodes.Count, TimeSpan.FromSeconds(90));
        log.WriteLine($"# cluster of {rig.Nodes.Count} up after {formed.TotalSeconds:0.0} s");
        var first = rig.Nodes[0];
        var v1 = Source(rig.Folder, "v1", "version 1");
        var v2 = Source(rig.Folder, "v2", "version 2");
        await rig.DoAsync(first, "site add CH2 --response fast");
        await rig.DoAsync(first, $"site set CH2 use-forced-disconnect=1 retries-before-forced-disconnection={Retries} forced-disconnection-delay={(long)Delay.TotalSeconds}s");
        await rig.DoAsync(first, "component pause despooler --site CH2");
        await rig.DoAsync(first, "component continue despooler --site CH2");
        // Commands go round the members: any member accepts any command.
        var n = 0;
        NodeProcess Next() => rig.Nodes[n++ % rig.Nodes.Count];  // only before any member is lost
        await rig.DoAsync(Next(), "cap add CAP_DAN --site CH2");  // the inbox side: its catalog lives in its gateway singleton
        for (var s = 1; s <= Servers; s++) await rig.DoAsync(Next(), $"server add {Server(s)} --site CH2");
        for (var p = 1; p <= Packages; p++)
        {
            await rig.DoAsync(Next(), $"package add {Package(p)} --source {v1}");
            await rig.DoAsync(Next(), $"job create share-package-on-server --package {Package(p)} --target CH2");
        }
        await WaitStatusAsync(rig, "installed (1)", TimeSpan.FromSeconds(90));
        log.WriteLine($"# {Directories} directories installed at version 1 after {clock.Elapsed.TotalSeconds:0.0} s");

        for (var s = 1; s <= Servers; s++)
            for (var p = 1; p <= Packages; p++)
                await rig.DoAsync(Next(), $"share open {Server(s)}/{Package(p)}/setup.exe --user {User(s, p)}");
        var escalation = Stopwatch.StartNew();
        for (var p = 1; p <= Packages; p++)
        {
            await rig.DoAsync(Next(), $"package update {Package(p)} --source {v2}");
            await rig.DoAsync(Next(), $"job create share-package-on-server --package {Package(p)} --target CH2");
        }

        // Every directory retrying (its first attempt failed on the open file): then the member with most of them goes.
        await WaitUntilEveryAsync(rig, status => status.StartsWith("retrying", StringComparison.Ordinal) || status.StartsWith("warning-sent", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "every directory retrying");
        var before = await rig.EntitiesAsync("package-directories");
        var victimAddress = before.MaxBy(kv => kv.Value).Key;
        var victim = rig.Nodes.Single(node => node.Address == victimAddress);
        var moved = before[victimAddress];
        var total = before.Values.Sum();
        log.WriteLine($"# escalating for {escalation.Elapsed.TotalSeconds:0.0} s; {Loss} node{victim.Number} with {moved} of {total} package directories");
        var kill = Stopwatch.StartNew();
        switch (Loss)
        {
            case MemberLoss.Terminate: await victim.TerminateAsync(TimeSpan.FromSeconds(60)); break;
            case MemberLoss.Pause: victim.Signal("STOP"); break;
            default: victim.Kill(); break;
        }

        // The timeline as a survivor sees it: unreachable, downed (by the split-brain resolver), removed, entities back.
        TimeSpan? unreachable = null, downed = null, removed = null;
        await ClusterRig.WaitUntilAsync(async () =>
        {
            var member = (await rig.MembersAsync()).FirstOrDefault(m => m.Address == victimAddress);
            unreachable ??= member.Address is null || !member.Reachable ? kill.Elapsed : null;
            downed ??= member.Address is null || member.State is "down" or "removed" or "exiting" ? kill.Elapsed : null;
            removed ??= member.Address is null ? kill.Elapsed : null;
            return removed is not null;
        }, TimeSpan.FromSeconds(120), $"node{victim.Number} removed");
        await ClusterRig.WaitUntilAsync(async () =>
        {
            var now = await rig.EntitiesAsync("package-directories");
            return !now.ContainsKey(victimAddress) && now.Values.Sum() >= total;
        }, TimeSpan.FromSeconds(60), $"the {moved} package directories of node{victim.Number} running again");
        var back = kill.Elapsed;
        log.WriteLine($"# node{victim.Number} unreachable at {unreachable?.TotalSeconds:0.0} s, downed at {downed?.TotalSeconds:0.0} s, "
                      + $"removed at {removed?.TotalSeconds:0.0} s, its entities running again at {back.TotalSeconds:0.0} s");

        if (Loss == MemberLoss.Pause)
        {
            // The partitioned member comes back to a cluster that removed it: it must down itself (and stop) without writing.
            victim.Signal("CONT");
            await ClusterRig.WaitUntilAsync(() => Task.FromResult(!victim.IsRunning), TimeSpan.FromSeconds(60), $"node{victim.Number} stopping by itself");
            log.WriteLine($"# node{victim.Number} resumed and stopped by itself at {kill.Elapsed.TotalSeconds:0.0} s (exit code {victim.ExitCode})");
        }

        await WaitStatusAsync(rig, "installed (2)", ForcedAfter + back + TimeSpan.FromSeconds(60));
        log.WriteLine($"# every directory at version 2 {escalation.Elapsed.TotalSeconds:0.0} s after the update (x(y+1)+z = {ForcedAfter.TotalSeconds:0.#} s)");
        // A read verb answers from the whole cluster, whichever member is asked and wherever the entity runs.
        var caps = await rig.DoAsync(rig.Live(), "cap list");
        var result = await CheckAsync(rig, back, moved);
        return result with { CapListed = caps.Tables.Any(t => t.Rows.Any(r => r[0] == "CAP_DAN")) };
    }

    private async Task<FailoverResult> CheckAsync(ClusterRig rig, TimeSpan failover, int moved)
    {
        var completed = 0;
        var duplicates = 0;
        var leftRevoked = 0;
        var lateOrEarly = new List<string>();
        using var files = rig.FileServer();
        for (var s = 1; s <= Servers; s++)
            for (var p = 1; p <= Packages; p++)
            {
                var share = new ShareAddress(Server(s), Package(p));
                if (files.ReadFile(share, "setup.exe").TryGetValue(out var bytes) && System.Text.Encoding.UTF8.GetString(bytes) == "version 2") completed++;
                var texts = files.Messages(User(s, p)).Select(m => m.Text).ToList();
                var directory = $"{Server(s)}/{Package(p)}";
                if (texts.Count(t => t == ForcedDisconnectionMessages.Warning(directory, Delay)) != 1 || texts.Count(t => t == ForcedDisconnectionMessages.Ready(directory)) != 1)
                    duplicates++;
                if (files.GetAccessState(share).TryGetValue(out var access) && access == AccessState.Revoked) leftRevoked++;
            }

        await using var source = await AuditSource.OpenPostgreSqlAsync(rig.Database);
        var report = await InvariantChecker.VerifyAsync(source);
        var seen = new HashSet<(string, long)>();
        var duplicateSeq = 0;
        var firstFailure = new Dictionary<string, DateTimeOffset>();
        var delivered = new Dictionary<string, DateTimeOffset>();
        await foreach (var e in source.ReadAllAsync())
        {
            if (!seen.Add((e.PersistenceId, e.SequenceNr))) duplicateSeq++;
            if (e.Event is AttemptFailed failed && !firstFailure.ContainsKey(e.PersistenceId)) firstFailure[e.PersistenceId] = failed.FirstFailedAt;
            if (e.Event is DeliveryCompleted done && firstFailure.ContainsKey(e.PersistenceId)) delivered[e.PersistenceId] = done.At;
        }
        // Each at x(y+1)+z after its first failed attempt, later by no more than the failover, plus one short try of a
        // question lost to the lost member (EntityAsk.Try) and a second of slack.
        foreach (var (id, at) in delivered)
        {
            var took = at - firstFailure[id];
            if (took < ForcedAfter - TimeSpan.FromMilliseconds(100) || took > ForcedAfter + failover + TimeSpan.FromSeconds(2))
                lateOrEarly.Add($"{id}: {took.TotalSeconds:0.0} s after its first failed attempt at {firstFailure[id]:HH:mm:ss.f}");
        }
        return new FailoverResult(failover, moved, completed, Directories, duplicates, leftRevoked, report.Violations.Count, duplicateSeq, lateOrEarly,
            report.Violations.Select(v => v.ToString()).Take(5).ToList());
    }

    private async Task WaitStatusAsync(ClusterRig rig, string status, TimeSpan timeout) =>
        await WaitUntilEveryAsync(rig, s => s == status, timeout, $"every directory {status}");

    private async Task WaitUntilEveryAsync(ClusterRig rig, Func<string, bool> accept, TimeSpan timeout, string what)
    {
        var last = "";
        await ClusterRig.WaitUntilAsync(async () =>
        {
            for (var p = 1; p <= Packages; p++)
            {
                var reply = await rig.DoAsync(rig.Live(), $"status {Package(p)}");
                var bad = reply.Tables.Single().Rows.FirstOrDefault(r => !accept(r[2]));
                if (bad is not null || reply.Tables.Single().Rows.Count != Servers)
                {
                    last = bad is null ? $"{Package(p)}: {reply.Tables.Single().Rows.Count} rows" : $"{Package(p)} on {bad[1]}: {bad[2]}";
                    return false;
                }
            }
            return true;
        }, timeout, $"{what} (last seen {last})");
    }

    private static string Source(string folder, string name, string content)
    {
        var directory = Path.Combine(folder, "sources", name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "setup.exe"), content);
        return directory;
    }
}

public enum MemberLoss
{
    Kill,
    Terminate,
    Pause,
}

/// <summary>What one kill-a-node run measured and found.</summary>
public sealed record FailoverResult(
    TimeSpan Failover, int Moved, int Completed, int Expected, int DuplicateWarnings, int LeftRevoked, int VerifyViolations, int DuplicateSequenceNumbers,
    IReadOnlyList<string> OffTime, IReadOnlyList<string> Violations)
{
    /// <summary>The run's timeline (# lines), when kept.</summary>
    public string Log { get; init; } = "";

    /// <summary>cap list on a surviving member still showed the CAP added before the loss.</summary>
    public bool CapListed { get; init; }
}
