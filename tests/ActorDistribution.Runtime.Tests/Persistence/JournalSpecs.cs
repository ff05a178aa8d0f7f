using System.Text.Json;
using ActorDistribution.Runtime.Persistence;
using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace ActorDistribution.Runtime.Tests.Persistence;

/// <summary>The journal behaviour both databases must show; subclasses supply the database.</summary>
public abstract class JournalSpecs : IAsyncLifetime
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(30);
    private int _systems;

    protected JournalSettings Settings { get; set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>A system configured only from the settings (plus Akka's defaults): what a node runs.</summary>
    private ActorSystem StartSystem()
    {
        Settings.Prepare();
        return ActorSystem.Create($"journal-spec-{++_systems}", Settings.ToAkkaConfig());
    }

    private static async Task AddAsync(IActorRef basket, string item, params string[] tags) =>
        await basket.Ask<Basket.Added>(new Basket.Add(item, tags), AskTimeout);

    [Fact]
    public async Task A_new_system_on_the_same_database_recovers_the_persisted_state()
    {
        var first = StartSystem();
        try
        {
            var basket = first.ActorOf(Basket.Props("basket-1"));
            await AddAsync(basket, "apple", "fruit");
            await AddAsync(basket, "pear", "fruit");
            await AddAsync(basket, "leek", "vegetable");
        }
        finally
        {
            await first.Terminate();
        }

        var second = StartSystem();
        try
        {
            var recovered = await second.ActorOf(Basket.Props("basket-1")).Ask<string[]>(new Basket.Get(), AskTimeout);
            Assert.Equal(["apple", "pear", "leek"], recovered);
            var other = await second.ActorOf(Basket.Props("basket-2")).Ask<string[]>(new Basket.Get(), AskTimeout);
            Assert.Empty(other);
        }
        finally
        {
            await second.Terminate();
        }
    }

    [Fact]
    public async Task Tags_go_to_the_tag_table_and_events_by_tag_finds_them()
    {
        var system = StartSystem();
        try
        {
            var a = system.ActorOf(Basket.Props("basket-a"));
            var b = system.ActorOf(Basket.Props("basket-b"));
            await AddAsync(a, "apple", "fruit", "red");
            await AddAsync(b, "leek", "vegetable");
            await AddAsync(b, "cherry", "fruit", "red");
            await AddAsync(a, "plain");

            var journal = PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>(JournalSettings.QueryPluginId);
            var fruit = await journal.CurrentEventsByTag("fruit", Offset.NoOffset())
                .RunWith(Sink.Seq<EventEnvelope>(), system.Materializer());
            Assert.Equal(["basket-a:1:apple", "basket-b:2:cherry"], fruit.Select(e => $"{e.PersistenceId}:{e.SequenceNr}:{e.Event}"));
            Assert.All(fruit, e => Assert.Contains("fruit", e.Tags));

            var rows = await new JournalReader(Settings).ReadAllAsync();
            Assert.Equal([["fruit", "red"], ["vegetable"], ["fruit", "red"], []], rows.Select(r => r.Tags.ToArray()));
            // In TagTable mode the plugin creates no csv tags column: the tag table is the only place tags live.
            Assert.Equal(5, await ScalarAsync("SELECT COUNT(*) FROM tags"));
            Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM tags WHERE tag = 'fruit'"));
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public async Task JournalReader_returns_rows_in_global_order_with_sequence_numbers_and_write_times()
    {
        var before = DateTimeOffset.UtcNow;
        var system = StartSystem();
        try
        {
            var a = system.ActorOf(Basket.Props("reader-a"));
            var b = system.ActorOf(Basket.Props("reader-b"));
            await AddAsync(a, "a1", "t");
            await AddAsync(b, "b1", "t");
            await AddAsync(a, "a2", "t");
            await AddAsync(a, "a3", "t");
            await AddAsync(b, "b2", "t");
        }
        finally
        {
            await system.Terminate();
        }
        var after = DateTimeOffset.UtcNow;

        var reader = new JournalReader(Settings);
        var all = await reader.ReadAllAsync();
        Decode(all, out var events);
        Assert.Equal(["a1", "b1", "a2", "a3", "b2"], events);
        Assert.Equal([1L, 1, 2, 3, 2], all.Select(r => r.SequenceNumber));
        Assert.Equal(["reader-a", "reader-b", "reader-a", "reader-a", "reader-b"], all.Select(r => r.PersistenceId));
        Assert.True(all.Zip(all.Skip(1), (x, y) => x.Ordering < y.Ordering).All(b => b), "ordering increases");
        Assert.All(all, r =>
        {
            Assert.InRange(r.Timestamp, before, after);
            Assert.Equal(TimeSpan.Zero, r.Timestamp.Offset);
            Assert.False(r.Deleted);
            Assert.Equal(1, r.SerializerId);
            Assert.NotNull(r.WriterUuid);
        });
        Assert.True(all.Zip(all.Skip(1), (x, y) => x.Timestamp <= y.Timestamp).All(b => b), "write times follow the write order");

        var page = await reader.ReadAllAsync(afterOrdering: all[1].Ordering, limit: 2);
        Assert.Equal([all[2].Ordering, all[3].Ordering], page.Select(r => r.Ordering));

        var ofA = await reader.ReadEventsAsync("reader-a", fromSequenceNumber: 2);
        Decode(ofA, out var eventsOfA);
        Assert.Equal(["a2", "a3"], eventsOfA);
        Assert.Equal([2L, 3], ofA.Select(r => r.SequenceNumber));

        Assert.Equal(["reader-a", "reader-b"], await reader.ReadPersistenceIdsAsync());
    }

    [Fact]
    public async Task PersistenceDdl_returns_the_create_statements_of_the_plugin_tables()
    {
        var statements = await PersistenceDdl.GetStatementsAsync(Settings);
        var tables = statements.Where(s => s.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(tables, s => NamesTable(s, JournalReader.JournalTable) && s.Contains("persistence_id") && s.Contains("sequence_number"));
        Assert.Contains(tables, s => NamesTable(s, JournalReader.TagTable) && s.Contains("ordering_id"));
        Assert.Contains(tables, s => NamesTable(s, JournalReader.SnapshotTable));
        Assert.All(statements, s => Assert.EndsWith(";", s));
    }

    private static bool NamesTable(string statement, string table) =>
        System.Text.RegularExpressions.Regex.IsMatch(statement, $@"^CREATE TABLE\s+(IF NOT EXISTS\s+)?[""\[]?{table}[""\]]?\s*\(",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// Decodes as a caller would. Akka's JSON serializer (id 1) writes no manifest (its type goes in the JSON), so the
    /// manifest is empty here; a string-manifest serializer's manifest would be passed instead.
    /// </summary>
    private static void Decode(IEnumerable<JournalRow> rows, out string[] events) =>
        events = JournalReader.Decode(rows, (manifest, payload) =>
        {
            Assert.Equal("", manifest);
            return JsonSerializer.Deserialize<string>(payload)!;
        }).Select(p => (string)p.Event).ToArray();

    protected abstract Task<long> ScalarAsync(string sql);
}
