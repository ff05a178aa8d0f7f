using System.Diagnostics;
using ActorDistribution.Benchmarks.Persistence;
using ActorDistribution.Distribution.Requests;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using ActorDistribution.Node;
using ActorDistribution.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Benchmarks.Simulation;

/// <summary>
/// A node in simulation mode (virtual clock, embedded SQLite journal) driven through its command language, as the shell drives it:
/// the forced-delivery sample's script (its 22 h 05 min on the virtual clock), and 1,000 package directories on one forced-delivery
/// site each held open by a user and so escalating at once (retries, forced disconnection, copy) over the same 22 h 05 min.
/// Events per second count the journal rows the run wrote.
/// </summary>
public static class SimulationBenchmarks
{
    private const string Sample = "src/ActorDistribution.Shell/samples/forced-delivery.txt";
    private const string V1 = "src/ActorDistribution.Shell/samples/office97/v1";
    private const string V2 = "src/ActorDistribution.Shell/samples/office97/v2";

    public static void Run(bool quick, TextWriter output) => RunAsync(quick, output).GetAwaiter().GetResult();

    public static async Task RunAsync(bool quick, TextWriter output)
    {
        // The sample names its package sources relative to the checkout, as when run from there with the shell.
        Directory.SetCurrentDirectory(CheckoutRoot());
        var script = File.ReadAllLines(Sample).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Where(l => !l.StartsWith("forced-delivery-time", StringComparison.Ordinal)) // the shell's own calculator: no node involved
            .ToList();

        double bestWall = double.MaxValue, bestRate = 0;
        for (var round = 0; round < (quick ? 2 : 3); round++)
        {
            var (wall, events) = await InNodeAsync(async node =>
            {
                var watch = Stopwatch.StartNew();
                foreach (var line in script) await RunAsync(node, line);
                return watch.Elapsed;
            });
            bestWall = Math.Min(bestWall, wall.TotalSeconds);
            bestRate = Math.Max(bestRate, events / wall.TotalSeconds);
        }
        PersistenceBenchmarks.Print(output, "simulation.forced.wall_s", bestWall, "F2");
        PersistenceBenchmarks.Print(output, "simulation.forced.events_per_s", bestRate);

        const int packages = 1000;
        TimeSpan setup = default;
        var (escalation, escalationEvents) = await InNodeAsync(async node =>
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(node, "site add CH2 --response fast");
            await RunAsync(node, "site set CH2 use-forced-disconnect=1 retries-before-forced-disconnection=10 forced-disconnection-delay=5");
            await RunAsync(node, "component pause despooler --site CH2");
            await RunAsync(node, "component continue despooler --site CH2");
            await RunAsync(node, "server add NTSRV1 --site CH2");
            // The requests the package and job commands send, 1,000 at a time (the command language takes one line at a time).
            await AllAsync(node, packages, p => new AddPackage(Package(p), Path.GetFullPath(V1)));
            await AllAsync(node, packages, p => new CreateJob("share-package-on-server", Package(p), ["CH2"], null, null));
            // Every package directory in use, then a new version of each: all 1,000 installs fail and escalate together.
            for (var p = 0; p < packages; p++) await RunAsync(node, $"share open NTSRV1/{Package(p)}/setup.exe --user user{p}");
            await AllAsync(node, packages, p => new UpdatePackage(Package(p), Path.GetFullPath(V2)));
            await AllAsync(node, packages, p => new CreateJob("share-package-on-server", Package(p), ["CH2"], null, null));
            setup = watch.Elapsed;
            return setup;
        }, escalate: async node =>
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(node, "clock advance 22h");
            await RunAsync(node, "clock advance 5m");
            var elapsed = watch.Elapsed;
            var status = await node.Commands.ExecuteAsync(["status", Package(packages - 1)]);
            output.WriteLine($"# escalate1000: setup (1,000 packages, jobs, open files, updates) took {setup.TotalSeconds:F1} s; last package after 22h05m: "
                             + string.Join(" | ", status.Tables.SelectMany(t => t.Rows).Select(r => string.Join(' ', r))));
            return elapsed;
        });
        PersistenceBenchmarks.Print(output, "simulation.escalate1000.wall_s", escalation.TotalSeconds, "F2");
        PersistenceBenchmarks.Print(output, "simulation.escalate1000.events_per_s", escalationEvents / escalation.TotalSeconds);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a fresh simulated node; returns its time and the journal rows written meanwhile.
    /// With <paramref name="escalate"/>, <paramref name="work"/> is the setup and the figures are those of <paramref name="escalate"/>.
    /// </summary>
    private static async Task<(TimeSpan Wall, long Events)> InNodeAsync(Func<DistributionNode, Task<TimeSpan>> work,
        Func<DistributionNode, Task<TimeSpan>>? escalate = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "ad-bench-sim-" + Guid.NewGuid().ToString("N")[..12]);
        var journal = Path.Combine(data, "journal.db");
        var config = SimulatedNodeConfig.In(data);
        try
        {
            TimeSpan wall;
            long before;
            await using (var node = await DistributionNode.StartAsync(config))
            {
                before = Rows(journal);
                wall = await work(node);
                if (escalate is not null)
                {
                    before = Rows(journal);
                    wall = await escalate(node);
                }
            }
            return (wall, Rows(journal) - before);
        }
        finally
        {
            SqliteJournal.Release(journal);
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); }
            catch (IOException) { }
        }
    }

    private static async Task RunAsync(DistributionNode node, string line)
    {
        var reply = await node.Commands.ExecuteAsync(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!reply.Succeeded) throw new InvalidOperationException($"'{line}' failed: {reply.Error}");
    }

    /// <summary>Asks the despooler gateway <paramref name="count"/> requests at once, then lets the simulation settle.</summary>
    private static async Task AllAsync(DistributionNode node, int count, Func<int, object> request)
    {
        // All at once queue behind each other at the gateway: the node's ask timeout (per command) is too short for the last.
        var timeout = TimeSpan.FromMinutes(5);
        var answers = await Task.WhenAll(Enumerable.Range(0, count).Select(p => node.Despooler.Ask<object>(request(p), timeout).WaitAsync(timeout)));
        if (answers.OfType<Rejected>().FirstOrDefault() is { } rejected) throw new InvalidOperationException($"{request(0)} rejected: {rejected.Reason}");
        VirtualTime.Settle(node.System);
    }

    private static long Rows(string journal)
    {
        using var connection = new SqliteConnection(SqliteJournal.ConnectionString(journal, TimeSpan.FromSeconds(30)));
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT coalesce(max(ordering), 0) FROM journal";
        return (long)count.ExecuteScalar()!;
    }

    private static string Package(int p) => $"PKG{p:D4}";

    private static string CheckoutRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActorDistribution.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the checkout (ActorDistribution.sln) above " + AppContext.BaseDirectory);
    }
}
