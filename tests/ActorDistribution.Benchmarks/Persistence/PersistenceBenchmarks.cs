using System.Diagnostics;
using System.Globalization;
using ActorDistribution.Runtime.Hosting;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>
/// Akka.Persistence.Sql throughput, printed as name=value lines, for SQLite and (if a server starts or is attached) PostgreSQL,
/// with the journal configured by the product's <see cref="JournalSettings"/> and every event tagged as the product tags it:
/// 1,000 persistent actors persisting PersistAll batches concurrently against raw batched inserts of the same rows (journal and
/// tag rows); one actor persisting event after event against raw one-row transactions; 1,000 actors recovering at once against
/// raw ordered reads per persistence id (what a recovery reads). Raw connections use the plugin's connection string, so they
/// run under the same durability settings (printed as <c>#</c> lines).
/// </summary>
public static class PersistenceBenchmarks
{
    private const int Writers = 1000;
    private const int EventsPerWriter = 100;
    private const int PersistAllBatch = 10;
    private const int RawBatch = 100;

    /// <summary>Which measurements to run: all, or one of group, single, recover (to try a setting quickly).</summary>
    private static string _part = "all";

    public static void Run(bool quick, TextWriter output, IReadOnlyList<string> overrides, string? only, string? part = null) =>
        RunAsync(quick, output, overrides, only, part).GetAwaiter().GetResult();

    public static async Task RunAsync(bool quick, TextWriter output, IReadOnlyList<string> overrides, string? only, string? part = null)
    {
        _part = part ?? "all";
        foreach (var line in overrides) output.WriteLine($"# override: {line}");
        if (only is null or "sqlite")
            await using (var sqlite = new SqliteBenchBackend()) await RunBackendAsync(sqlite, quick, output, overrides);
        if (only is not (null or "postgres")) return;

        ThrowawayPostgresServer server;
        try
        {
            server = await ThrowawayPostgresServer.StartOrAttachAsync(durable: true);
        }
        catch (Exception e)
        {
            output.WriteLine($"# postgres benchmarks skipped: {e.Message}");
            output.WriteLine("persist.postgres.skipped=1");
            return;
        }
        await using (var postgres = new PostgreSqlBenchBackend(server)) await RunBackendAsync(postgres, quick, output, overrides);
    }

    private static async Task RunBackendAsync(IBenchBackend backend, bool quick, TextWriter output, IReadOnlyList<string> overrides)
    {
        var name = backend.Name;
        var rows = await RowsAsync(backend, overrides);
        output.WriteLine($"# {name}: {await backend.DescribeDurabilityAsync(await InitializedAsync(backend, overrides))}");
        output.Flush();

        // Best of alternating rounds: the machine is shared, and one slow round says little.
        // The recoveries read the rows of a raw group round: the same rows, in the same interleaved order, as the actors write.
        JournalSettings? written = null;
        double group = 0, raw = 0;
        for (var round = 0; round < (quick ? 1 : 3) && _part is "all" or "group" or "recover"; round++)
        {
            if (_part != "recover") group = Math.Max(group, await ActorGroupAsync(backend, overrides));
            var (rate, settings) = await RawInsertAsync(backend, overrides, rows, RawBatch);
            if (rate > raw) (raw, written) = (rate, settings);
        }
        if (_part is "all" or "group")
        {
            Print(output, $"persist.{name}.group.events_per_s", group);
            Print(output, $"persist.{name}.group.raw_events_per_s", raw);
            Print(output, $"persist.{name}.group.ratio", group / raw, "F2");
        }
        if (_part is "all" or "single") await SingleAsync(backend, output, overrides, rows, quick);
        if (_part is "all" or "recover") await RecoveryAsync(backend, output, overrides, written ?? throw new InvalidOperationException("no raw round ran"), quick);
    }

    private static async Task SingleAsync(IBenchBackend backend, TextWriter output, IReadOnlyList<string> overrides, IReadOnlyList<RawRow> rows, bool quick)
    {
        var name = backend.Name;

        var singleEvents = quick ? 500 : 2000;
        double single = 0, rawSingle = 0;
        var singleRows = rows.Where(r => r.PersistenceId == rows[0].PersistenceId).Take(singleEvents).ToList();
        while (singleRows.Count < singleEvents) singleRows.Add(singleRows[^1] with { SequenceNr = singleRows.Count + 1 });
        for (var round = 0; round < 2; round++)
        {
            single = Math.Max(single, await ActorSingleWriterAsync(backend, overrides, singleEvents));
            rawSingle = Math.Max(rawSingle, (await RawInsertAsync(backend, overrides, singleRows, 1)).Rate);
        }
        Print(output, $"persist.{name}.single.events_per_s", single);
        Print(output, $"persist.{name}.single.raw_events_per_s", rawSingle);
        Print(output, $"persist.{name}.single.ratio", single / rawSingle, "F2");
    }

    private static async Task RecoveryAsync(IBenchBackend backend, TextWriter output, IReadOnlyList<string> overrides, JournalSettings written, bool quick)
    {
        var name = backend.Name;
        var ids = Enumerable.Range(0, Writers).Select(WriterId).ToList();
        double recover = 0, rawRead = 0;
        for (var round = 0; round < (quick ? 2 : 4); round++)
        {
            recover = Math.Max(recover, await ActorRecoveryAsync(written, overrides, ids));
            // The raw reads take a fraction of a second: three of them per round, so a stall of the shared machine does not decide it.
            for (var read = 0; read < 3; read++) rawRead = Math.Max(rawRead, await RawReadAsync(backend, written, ids));
        }
        Print(output, $"recover.{name}.events_per_s", recover);
        Print(output, $"recover.{name}.raw_events_per_s", rawRead);
        Print(output, $"recover.{name}.ratio", recover / rawRead, "F2");
    }

    private static async Task<double> ActorGroupAsync(IBenchBackend backend, IReadOnlyList<string> overrides)
    {
        var settings = await backend.FreshAsync();
        var system = StartSystem(settings, overrides);
        try
        {
            using var recovered = new CountdownEvent(Writers);
            using var done = new CountdownEvent(Writers);
            var writers = Enumerable.Range(0, Writers)
                .Select(w => system.ActorOf(Props.Create(() => new BenchWriter(WriterId(w), EventsPerWriter, PersistAllBatch, recovered, done))))
                .ToArray();
            Wait(recovered, "writers to recover");
            var watch = Stopwatch.StartNew();
            foreach (var writer in writers) writer.Tell("go");
            Wait(done, "writers to persist");
            return Writers * EventsPerWriter / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static async Task<double> ActorSingleWriterAsync(IBenchBackend backend, IReadOnlyList<string> overrides, int events)
    {
        var settings = await backend.FreshAsync();
        var system = StartSystem(settings, overrides);
        try
        {
            using var recovered = new CountdownEvent(1);
            using var done = new CountdownEvent(1);
            var writer = system.ActorOf(Props.Create(() => new BenchWriter("single", events, 1, recovered, done)));
            Wait(recovered, "the writer to recover");
            var watch = Stopwatch.StartNew();
            writer.Tell("go");
            Wait(done, "the writer to persist");
            return events / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static async Task<double> ActorRecoveryAsync(JournalSettings settings, IReadOnlyList<string> overrides, IReadOnlyList<string> ids)
    {
        var system = StartSystem(settings, overrides);
        try
        {
            // The plugin starts (connects, checks its tables) on first use: not part of the figure.
            await RecoverAsync(system, ["warm-up"]);
            var watch = Stopwatch.StartNew();
            var replayed = await RecoverAsync(system, ids);
            var rate = replayed / watch.Elapsed.TotalSeconds;
            if (replayed != (long)ids.Count * EventsPerWriter)
                throw new InvalidOperationException($"expected {ids.Count * EventsPerWriter} events, the actors recovered {replayed}");
            return rate;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static Task<long> RecoverAsync(ActorSystem system, IReadOnlyList<string> ids)
    {
        var done = new CountdownEvent(ids.Count);
        long replayed = 0;
        Action<long> count = n => Interlocked.Add(ref replayed, n);
        // Props by type and arguments, not Props.Create(() => new ...): the expression form compiles its argument expressions
        // for every actor (a quarter of the CPU of a SQLite recovery round, inside the timed window), which is no part of recovery.
        foreach (var id in ids)
            system.ActorOf(Props.Create(typeof(BenchRecoverer), id, done, count));
        return Task.Run(() =>
        {
            using (done) Wait(done, "actors to recover");
            return Interlocked.Read(ref replayed);
        });
    }

    private static async Task<(double Rate, JournalSettings Settings)> RawInsertAsync(IBenchBackend backend, IReadOnlyList<string> overrides,
        IReadOnlyList<RawRow> rows, int batchSize)
    {
        var settings = await InitializedAsync(backend, overrides);
        var elapsed = await backend.RawInsertAsync(settings, rows, batchSize);
        return (rows.Count / elapsed.TotalSeconds, settings);
    }

    private static async Task<double> RawReadAsync(IBenchBackend backend, JournalSettings settings, IReadOnlyList<string> ids)
    {
        var watch = Stopwatch.StartNew();
        var read = await backend.RawReadPerIdAsync(settings, ids);
        var rate = read / watch.Elapsed.TotalSeconds;
        if (read != ids.Count * EventsPerWriter) throw new InvalidOperationException($"expected {ids.Count * EventsPerWriter} rows, read {read}");
        return rate;
    }

    /// <summary>A fresh database whose tables the plugin has created (by recovering one actor), as the raw baselines need.</summary>
    private static async Task<JournalSettings> InitializedAsync(IBenchBackend backend, IReadOnlyList<string> overrides)
    {
        var settings = await backend.FreshAsync();
        var system = StartSystem(settings, overrides);
        try
        {
            await RecoverAsync(system, ["init"]);
        }
        finally
        {
            await system.Terminate();
        }
        return settings;
    }

    /// <summary>The rows the group run writes, interleaved as concurrent writers produce them, serialized as the plugin serializes them.</summary>
    private static async Task<IReadOnlyList<RawRow>> RowsAsync(IBenchBackend backend, IReadOnlyList<string> overrides)
    {
        var system = StartSystem(JournalSettings.ForSqlite(Path.Combine(Path.GetTempPath(), "ad-bench-unused.db")), overrides, prepare: false);
        try
        {
            var writer = Guid.NewGuid().ToString();
            var rows = new List<RawRow>(Writers * EventsPerWriter);
            for (var seq = 1; seq <= EventsPerWriter; seq++)
                for (var w = 0; w < Writers; w++)
                {
                    var @event = BenchEvent.For(seq);
                    var serializer = system.Serialization.FindSerializerFor(@event);
                    rows.Add(new RawRow(WriterId(w), seq, Serialization.ManifestFor(serializer, @event), serializer.ToBinary(@event),
                        serializer.Identifier, writer, BenchEvent.Tags));
                }
            return rows;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static ActorSystem StartSystem(JournalSettings settings, IReadOnlyList<string> overrides, bool prepare = true)
    {
        if (prepare) settings.Prepare();
        var config = ConfigurationFactory.ParseString(string.Join('\n', overrides.Append("akka.loglevel = WARNING")))
            .WithFallback(settings.ToAkkaConfig())
            .WithFallback(EventSerialization.AkkaConfig(typeof(BenchEvent).Assembly.GetName().Name!));
        return RuntimeActorSystem.Create("bench", config);
    }

    private static string WriterId(int w) => $"writer-{w}";

    private static void Wait(CountdownEvent countdown, string what)
    {
        if (!countdown.Wait(TimeSpan.FromMinutes(5)))
            throw new TimeoutException($"timed out waiting for {what}: {countdown.CurrentCount} left");
    }

    internal static void Print(TextWriter output, string name, double value, string format = "F0")
    {
        output.WriteLine($"{name}={value.ToString(format, CultureInfo.InvariantCulture)}");
        output.Flush();
    }
}
