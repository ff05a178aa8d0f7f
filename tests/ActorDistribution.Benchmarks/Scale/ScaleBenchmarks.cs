using System.Diagnostics;
using ActorDistribution.Benchmarks.Persistence;
using ActorDistribution.Benchmarks.Simulation;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Hocon;
using ActorDistribution.Node;
using ActorDistribution.Node.Simulation;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Time;
using Akka.Actor;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Benchmarks.Scale;

/// <summary>
/// Whole enterprises of 1,000, 10,000 (and 100,000) package directories, CAP inboxes a fifth of that, each for 7 virtual days
/// (<see cref="WorldGenerator"/>'s week), on one simulated node over its SQLite journal. The world's lines are run in process
/// through the node's command language (no shell, no script file, no HTTP). Measured per world: wall time, peak working set,
/// journal rows written and their rate, the start of a new node on the finished journal, <c>audit verify</c> over it, and the
/// raw ceiling: the same rows inserted by batched SQL into a fresh journal in the same run. Progress goes to stderr.
/// </summary>
public static class ScaleBenchmarks
{
    private const int RawBatch = 1000;

    public static void Run(bool quick, TextWriter output) => RunAsync(quick, output).GetAwaiter().GetResult();

    public static async Task RunAsync(bool quick, TextWriter output)
    {
        int[] sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
        var results = new List<(int N, double Wall, double PeakMb)>();
        foreach (var n in sizes)
        {
            var (wall, peak) = await WorldAsync(n, output);
            results.Add((n, wall, peak));
        }
        for (var i = 1; i < results.Count; i++)
        {
            var (small, large) = (results[i - 1], results[i]);
            PersistenceBenchmarks.Print(output, $"scale.growth.{small.N}_to_{large.N}.time_ratio", large.Wall / small.Wall, "F2");
            PersistenceBenchmarks.Print(output, $"scale.growth.{small.N}_to_{large.N}.memory_ratio", large.PeakMb / small.PeakMb, "F2");
        }
    }

    /// <summary>The world of <paramref name="directories"/> package directories: 2 servers a site, 10 sites per 1,000 directories at most.</summary>
    public static WorldShape Shape(int directories)
    {
        var sites = directories switch { <= 1_000 => 10, <= 10_000 => 50, _ => 250 };
        const int servers = 2;
        var packages = Math.Max(1, directories / (sites * servers));
        var capsPerSite = Math.Max(1, directories / 5 / 2 / sites);  // two inboxes a CAP: inboxes = directories / 5
        return new WorldShape(sites, servers, packages, capsPerSite, ClientsPerSite: 1, Seed: 13);
    }

    private static async Task<(double Wall, double PeakMb)> WorldAsync(int n, TextWriter output)
    {
        var shape = Shape(n);
        var world = WorldGenerator.Generate(shape);
        var data = Path.Combine(Path.GetTempPath(), "ad-bench-scale-" + Guid.NewGuid().ToString("N")[..12]);
        var files = Path.Combine(data, "files");
        WorldGenerator.WriteFiles(world, files);
        var journal = Path.Combine(data, "journal.db");
        var config = SimulatedNodeConfig.In(data,
            // A week-long enterprise run: inbox managers (and the stuck-lock survey, which follows them) compare every 10 minutes,
            // workstations look for offers hourly; the defaults (1 min, 10 min) are tuned for watching one site closely.
            "distribution.inbox-manager.scan-interval=10m",
            "distribution.client.cycle-interval=1h");
        var name = $"scale.{n}";
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peak = new PeakMemory();
        try
        {
            Console.Error.WriteLine($"# {name}: {shape.Sites} sites x {shape.ServersPerSite} servers x {shape.Packages} packages = {shape.PackageDirectories} package directories, "
                                    + $"{shape.CapInboxes} CAP inboxes, {shape.Sites * shape.ClientsPerSite} clients, {world.Steps.Count} steps");
            var watch = Stopwatch.StartNew();
            var failures = 0;
            long events;
            await using (var node = await DistributionNode.StartAsync(config))
            {
                var start = node.Clock.Now;
                var progress = new Progress(name, node, journal, watch, peak);
                foreach (var step in world.Steps)
                {
                    await AdvanceToAsync(node, start + step.At, progress);
                    var words = step.Line.Replace(WorldGenerator.FilesToken, files, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var reply = await node.Commands.ExecuteAsync(words);
                    if (!reply.Succeeded && ++failures <= 5) Console.Error.WriteLine($"# {name}: '{step.Line}' failed: {reply.Error}");
                }
                await AdvanceToAsync(node, start + world.Length, progress);
                await progress.ReportAsync();
                events = Rows(journal);
            }
            var wall = watch.Elapsed.TotalSeconds;
            PersistenceBenchmarks.Print(output, $"{name}.package_directories", shape.PackageDirectories);
            PersistenceBenchmarks.Print(output, $"{name}.cap_inboxes", shape.CapInboxes);
            PersistenceBenchmarks.Print(output, $"{name}.wall_s", wall, "F1");
            PersistenceBenchmarks.Print(output, $"{name}.peak_mb", peak.Megabytes, "F0");
            PersistenceBenchmarks.Print(output, $"{name}.events", events);
            PersistenceBenchmarks.Print(output, $"{name}.events_per_s", events / wall);
            PersistenceBenchmarks.Print(output, $"{name}.step_failures", failures);
            PersistenceBenchmarks.Print(output, $"{name}.journal_mb", new FileInfo(journal).Length / 1e6 + (File.Exists(journal + "-wal") ? new FileInfo(journal + "-wal").Length / 1e6 : 0), "F1");

            PersistenceBenchmarks.Print(output, $"{name}.start_s", await StartSecondsAsync(config, journal, name), "F2");
            PersistenceBenchmarks.Print(output, $"{name}.verify_violations", await ViolationsAsync(journal, name));
            var raw = await RawEventsPerSecondAsync(journal, Path.Combine(data, "raw.db"));
            PersistenceBenchmarks.Print(output, $"{name}.raw_events_per_s", raw);
            PersistenceBenchmarks.Print(output, $"{name}.raw_ratio", events / wall / raw, "F4");
            return (wall, peak.Megabytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); }
            catch (IOException) { }
        }
    }

    /// <summary>Moves the clock to <paramref name="target"/> a virtual hour at a time, with a progress line every few wall seconds.</summary>
    private static async Task AdvanceToAsync(DistributionNode node, DateTimeOffset target, Progress progress)
    {
        while (node.Clock.Now < target)
        {
            var next = node.Clock.Now + TimeSpan.FromHours(1);
            await node.AdvanceClockAsync((next < target ? next : target) - node.Clock.Now);
            await progress.MaybeReportAsync();
        }
    }

    /// <summary>A new node on the finished journal: from the call until it serves and every entity it woke has recovered.</summary>
    private static async Task<double> StartSecondsAsync(Config config, string journal, string name)
    {
        SqliteJournal.Release(journal);
        var watch = Stopwatch.StartNew();
        await using var node = await DistributionNode.StartAsync(config);
        VirtualTime.Settle(node.System, TimeSpan.FromMinutes(10));
        var seconds = watch.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"# {name}: a node started on the finished journal in {seconds:F2} s with {await AwakeAsync(node)} entities awake");
        return seconds;
    }

    private static async Task<long> ViolationsAsync(string journal, string name)
    {
        SqliteJournal.Release(journal);
        await using var source = await AuditSource.OpenSqliteAsync(journal, DistributionEvents.Codec().Register<SimulationClockMoved>());
        var report = await InvariantChecker.VerifyAsync(source, null, CancellationToken.None);
        foreach (var violation in report.Violations.Take(5)) Console.Error.WriteLine($"# {name}: {violation}");
        Console.Error.WriteLine($"# {name}: audit verify read {report.EventsRead} events of {report.Entities} entities: {report.Violations.Count} violation(s)");
        return report.Violations.Count;
    }

    /// <summary>The journal's own rows (payloads, manifests, tags) inserted again into a fresh journal, RawBatch rows a transaction.</summary>
    private static async Task<double> RawEventsPerSecondAsync(string journal, string rawPath)
    {
        var rows = new List<RawRow>();
        await using (var connection = new SqliteConnection(SqliteJournal.ConnectionString(journal, TimeSpan.FromSeconds(30))))
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT j.persistence_id, j.sequence_number, j.manifest, j.message, j.identifier, j.writer_uuid, "
                               + "(SELECT group_concat(t.tag, char(31)) FROM tags t WHERE t.ordering_id = j.ordering) FROM journal j ORDER BY j.ordering";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(new RawRow(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), (byte[])reader[3], reader.GetInt32(4), reader.GetString(5),
                    reader.IsDBNull(6) ? [] : reader.GetString(6).Split('\u001f')));
        }
        var settings = JournalSettings.ForSqlite(rawPath);
        await PersistenceDdl.InitializeTablesAsync(settings, CancellationToken.None);
        var backend = new SqliteBenchBackend();
        var elapsed = await backend.RawInsertAsync(settings, rows, RawBatch);
        return rows.Count / elapsed.TotalSeconds;
    }

    private static long Rows(string journal)
    {
        using var connection = new SqliteConnection(SqliteJournal.ConnectionString(journal, TimeSpan.FromSeconds(30)));
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM journal";
        return (long)count.ExecuteScalar()!;
    }

    private static async Task<int> AwakeAsync(DistributionNode node)
    {
        var total = 0;
        foreach (var region in await RegionsAsync(node.System))
        {
            try { total += (await region.Ask<EntityRegion.AwakeCount>(EntityRegion.GetAwakeCount.Instance, TimeSpan.FromSeconds(10))).Count; }
            catch (Exception) { /* a child that is not a region */ }
        }
        return total;
    }

    private static async Task<IReadOnlyList<IActorRef>> RegionsAsync(ActorSystem system)
    {
        string[] paths =
        [
            "/user/distribution/gateway/sites", "/user/distribution/gateway/packages", "/user/distribution/gateway/servers",
            "/user/distribution/gateway/package-directories", "/user/distribution/gateway/despoolers", "/user/distribution/gateway/jobs",
            "/user/inboxes/caps", "/user/inboxes/inbox-managers", "/user/inboxes/stuck-lock-supervisors", "/user/inboxes/clients",
        ];
        var found = new List<IActorRef>();
        foreach (var path in paths)
        {
            try { found.Add(await system.ActorSelection(path).ResolveOne(TimeSpan.FromSeconds(5))); }
            catch (ActorNotFoundException) { }
        }
        return found;
    }

    /// <summary>The highest working set seen at the progress points (sampled, so a short peak between two may be missed).</summary>
    private sealed class PeakMemory
    {
        private long _bytes;

        public double Megabytes => Math.Max(_bytes, Sample()) / (1024.0 * 1024.0);

        public long Sample()
        {
            using var process = Process.GetCurrentProcess();
            _bytes = Math.Max(_bytes, process.WorkingSet64);
            return _bytes;
        }
    }

    /// <summary>Progress on stderr: virtual time reached, journal rows and their rate, entities awake, working set.</summary>
    private sealed class Progress(string name, DistributionNode node, string journal, Stopwatch watch, PeakMemory peak)
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private TimeSpan _last;

        public async Task MaybeReportAsync()
        {
            peak.Sample();
            if (watch.Elapsed - _last >= Every) await ReportAsync();
        }

        public async Task ReportAsync()
        {
            _last = watch.Elapsed;
            var events = Rows(journal);
            Console.Error.WriteLine($"# {name}: {watch.Elapsed.TotalSeconds,6:F1} s wall, virtual {node.Clock.Now:yyyy-MM-dd HH:mm}, {events} events "
                                    + $"({events / watch.Elapsed.TotalSeconds:F0}/s), {await AwakeAsync(node)} entities awake, {peak.Sample() / (1024 * 1024)} MB");
        }
    }
}
