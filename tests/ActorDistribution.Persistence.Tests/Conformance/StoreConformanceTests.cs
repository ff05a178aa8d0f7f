using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Query;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Snapshots;
using ActorDistribution.Persistence.Tests.Events;

namespace ActorDistribution.Persistence.Tests.Conformance;

/// <summary>
/// The store TCK: every store must pass these unchanged. A derived class says how to open a store on its backing
/// database, and opening again on the same database is a process restart.
/// </summary>
public abstract class StoreConformanceTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    protected VirtualScheduler Clock { get; } = new(Start);
    protected IPersistenceStore Store { get; private set; } = null!;
    private IJournal Journal => Store.Journal;

    /// <summary>Opens a store on this test's database (the same database every time it is called).</summary>
    protected abstract Task<IPersistenceStore> OpenAsync(EventSerializer serializer, PersistenceOptions options);

    /// <summary>Creates this test's empty database.</summary>
    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = await OpenAsync(TestSerializers.Current(), PersistenceOptions.Default);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DropDatabaseAsync();
    }

    private async Task RestartAsync(EventSerializer? serializer = null)
    {
        await Store.DisposeAsync();
        Store = await OpenAsync(serializer ?? TestSerializers.Current(), PersistenceOptions.Default);
    }

    private static PersistentRepr Event(string pid, long seq, params string[] tags) =>
        new(pid, seq, new ItemAdded($"item-{seq}", (int)seq)) { Tags = tags };

    private Task WriteAsync(string pid, long from, long to, params string[] tags) =>
        Journal.WriteMessagesAsync(new AtomicWrite([.. LongRange(from, to).Select(s => Event(pid, s, tags))]));

    private static IEnumerable<long> LongRange(long from, long to)
    {
        for (var s = from; s <= to; s++) yield return s;
    }

    private async Task<List<long>> ReplaySeqsAsync(string pid, long from = 1, long to = long.MaxValue, long max = long.MaxValue) =>
        (await Journal.ReplayMessagesAsync(pid, from, to, max).ToListAsync()).Select(r => r.SequenceNr).ToList();

    [Fact]
    public async Task Replay_returns_the_events_of_one_id_in_order_within_range_and_max()
    {
        await WriteAsync("a", 1, 5);
        await WriteAsync("b", 1, 3);
        await WriteAsync("a", 6, 10);

        Assert.Equal(LongRange(1, 10), await ReplaySeqsAsync("a"));
        Assert.Equal([3, 4, 5, 6], await ReplaySeqsAsync("a", 3, 6));
        Assert.Equal([2, 3, 4], await ReplaySeqsAsync("a", 2, 10, max: 3));
        var first = await Journal.ReplayMessagesAsync("a", 4, 4, 1).ToListAsync();
        Assert.Equal(new ItemAdded("item-4", 4), Assert.Single(first).Payload);
        Assert.Empty(await ReplaySeqsAsync("nobody"));
    }

    [Fact]
    public async Task Replayed_events_carry_the_time_of_the_store_clock_at_write()
    {
        await WriteAsync("a", 1, 1);
        Clock.Advance(TimeSpan.FromHours(2));
        await WriteAsync("a", 2, 2);

        var replayed = await Journal.ReplayMessagesAsync("a", 1, long.MaxValue, long.MaxValue).ToListAsync();
        Assert.Equal([Start, Start.AddHours(2)], replayed.Select(r => r.Timestamp));
    }

    [Fact]
    public async Task A_long_replay_keeps_order_range_and_max_across_read_ahead_chunks()
    {
        for (var from = 1; from <= 1000; from += 100) await WriteAsync("long", from, from + 99);

        Assert.Equal(LongRange(1, 1000), await ReplaySeqsAsync("long"));
        Assert.Equal(LongRange(101, 800), await ReplaySeqsAsync("long", 101, 900, max: 700));
    }

    [Fact]
    public async Task A_replay_abandoned_early_leaves_the_journal_usable()
    {
        await WriteAsync("long", 1, 1000);
        await foreach (var repr in Journal.ReplayMessagesAsync("long", 1, long.MaxValue, long.MaxValue))
            if (repr.SequenceNr == 300) break;

        await WriteAsync("long", 1001, 1001);
        Assert.Equal(1001, (await ReplaySeqsAsync("long")).Count);
    }

    [Fact]
    public async Task Highest_sequence_nr_is_zero_when_empty_and_deletes_never_lower_it()
    {
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("a", 0));
        await WriteAsync("a", 1, 7);
        await Journal.DeleteMessagesToAsync("a", 7);

        Assert.Equal(7, await Journal.ReadHighestSequenceNrAsync("a", 0));
        Assert.Empty(await ReplaySeqsAsync("a"));
    }

    [Fact]
    public async Task Deleted_events_are_skipped_by_replay_but_remain_in_queries()
    {
        await WriteAsync("a", 1, 5);
        await Journal.DeleteMessagesToAsync("a", 3);

        Assert.Equal([4, 5], await ReplaySeqsAsync("a"));
        var audit = await Store.ReadJournal.CurrentEventsByPersistenceId("a").ToListAsync();
        Assert.Equal(LongRange(1, 5), audit.Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task A_second_writer_of_the_same_entity_loses_the_fence()
    {
        await WriteAsync("a", 1, 3);

        var conflict = await Assert.ThrowsAsync<JournalConflictException>(() => WriteAsync("a", 3, 4));
        Assert.Equal("a", conflict.PersistenceId);
        // All or nothing: seq 4 of the losing write was not stored either.
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync("a", 0));
        Assert.Equal([1, 2, 3], await ReplaySeqsAsync("a"));
    }

    [Fact]
    public async Task A_conflicting_write_among_concurrent_writes_fails_alone()
    {
        var writes = Enumerable.Range(0, 40).Select(i => WriteAsync($"w{i}", 1, 2)).ToList();
        writes.Add(WriteAsync("contested", 1, 1));
        writes.Add(WriteAsync("contested", 1, 1));

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try { await w; return null; }
            catch (Exception e) { return e; }
        }));

        Assert.IsType<JournalConflictException>(Assert.Single(outcomes, e => e is not null));
        for (var i = 0; i < 40; i++) Assert.Equal([1, 2], await ReplaySeqsAsync($"w{i}"));
        Assert.Equal([1], await ReplaySeqsAsync("contested"));
    }

    [Fact]
    public async Task Two_stores_on_one_database_write_concurrently_and_the_fence_holds_between_them()
    {
        await using var other = await OpenAsync(TestSerializers.Current(), PersistenceOptions.Default);
        var stores = new[] { Store, other };

        await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            for (var seq = 1; seq <= 20; seq++)
                await stores[i % 2].Journal.WriteMessagesAsync(new AtomicWrite(Event($"n{i}", seq)));
        }));
        var contested = await Task.WhenAll(stores.Select(async s =>
        {
            try { await s.Journal.WriteMessagesAsync(new AtomicWrite(Event("entity", 1))); return true; }
            catch (JournalConflictException) { return false; }
        }));

        Assert.Single(contested, won => won);
        var all = await Store.ReadJournal.CurrentAllEvents().ToListAsync();
        Assert.Equal(201, all.Count);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True(pair.First.Offset < pair.Second.Offset));
    }

    [Fact]
    public async Task Events_by_tag_returns_only_tagged_events_in_global_order_with_their_tags()
    {
        await WriteAsync("a", 1, 2, "red");
        await WriteAsync("b", 1, 1, "blue");
        await WriteAsync("c", 1, 1, "red", "blue");

        var red = await Store.ReadJournal.CurrentEventsByTag("red").ToListAsync();
        Assert.Equal(["a/1", "a/2", "c/1"], red.Select(e => $"{e.PersistenceId}/{e.SequenceNr}"));
        Assert.True(red[0].Offset < red[1].Offset && red[1].Offset < red[2].Offset);
        Assert.Equal(["blue", "red"], red[2].Tags.Order());
        Assert.Equal(new ItemAdded("item-1", 1), red[2].Event);

        var afterFirst = await Store.ReadJournal.CurrentEventsByTag("red", red[0].Offset).ToListAsync();
        Assert.Equal(red.Skip(1).Select(e => e.Offset), afterFirst.Select(e => e.Offset));
    }

    [Fact]
    public async Task All_events_have_increasing_offsets_and_per_id_order_with_concurrent_writers()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async w =>
        {
            for (var s = 1; s <= 25; s++) await WriteAsync($"p{w}", s, s);
        }));

        var all = await Store.ReadJournal.CurrentAllEvents().ToListAsync();
        Assert.Equal(500, all.Count);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True(pair.First.Offset < pair.Second.Offset));
        foreach (var group in all.GroupBy(e => e.PersistenceId))
            Assert.Equal(LongRange(1, 25), group.Select(e => e.SequenceNr));
        var ids = await Store.ReadJournal.CurrentPersistenceIds().ToListAsync();
        Assert.Equal(Enumerable.Range(0, 20).Select(w => $"p{w}").Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Live_queries_see_events_written_after_they_started()
    {
        await WriteAsync("a", 1, 2, "t");
        var all = AsyncEnumerableExtensions.TakeAsync(ct => Store.ReadJournal.AllEvents(0, ct), 5);
        var tagged = AsyncEnumerableExtensions.TakeAsync(ct => Store.ReadJournal.EventsByTag("t", 0, ct), 4);
        var byId = Store.ReadJournal.EventsByPersistenceId("a", 2, 4).ToListAsync();

        await WriteAsync("b", 1, 1);
        await WriteAsync("a", 3, 4, "t");

        Assert.Equal(["a/1", "a/2", "b/1", "a/3", "a/4"], (await all.WaitAsync(AsyncEnumerableExtensions.Generous)).Select(e => $"{e.PersistenceId}/{e.SequenceNr}"));
        Assert.Equal([1, 2, 3, 4], (await tagged.WaitAsync(AsyncEnumerableExtensions.Generous)).Select(e => e.SequenceNr));
        // A live query by id completes once it has delivered toSequenceNr.
        Assert.Equal([2, 3, 4], (await byId.WaitAsync(AsyncEnumerableExtensions.Generous)).Select(e => e.SequenceNr));
    }

    [Fact]
    public async Task A_live_query_ends_when_cancelled()
    {
        await WriteAsync("a", 1, 1);
        using var cts = new CancellationTokenSource();
        var seen = new List<long>();

        var following = Task.Run(async () =>
        {
            await foreach (var e in Store.ReadJournal.AllEvents(0, cts.Token))
            {
                seen.Add(e.SequenceNr);
                await cts.CancelAsync();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following.WaitAsync(AsyncEnumerableExtensions.Generous));
        Assert.Equal([1], seen);
    }

    [Fact]
    public async Task Live_query_sees_writes_of_another_process_by_polling()
    {
        await using var other = await OpenAsync(TestSerializers.Current(), PersistenceOptions.Default);
        var reader = await OpenAsync(TestSerializers.Current(), PersistenceOptions.Default with { LiveQueryPollInterval = TimeSpan.FromMilliseconds(50) });
        await using (reader)
        {
            var live = AsyncEnumerableExtensions.TakeAsync(ct => reader.ReadJournal.AllEvents(0, ct), 3);
            await other.Journal.WriteMessagesAsync(new AtomicWrite([Event("x", 1), Event("x", 2), Event("x", 3)]));
            Assert.Equal([1, 2, 3], (await live.WaitAsync(AsyncEnumerableExtensions.Generous)).Select(e => e.SequenceNr));
        }
    }

    [Fact]
    public async Task Events_and_sequence_numbers_survive_a_restart()
    {
        await WriteAsync("a", 1, 4, "t");
        await Journal.DeleteMessagesToAsync("a", 1);
        await Store.SnapshotStore.SaveAsync(new SnapshotMetadata("a", 3), new CounterState(3));

        await RestartAsync();

        Assert.Equal(4, await Journal.ReadHighestSequenceNrAsync("a", 0));
        Assert.Equal([2, 3, 4], await ReplaySeqsAsync("a"));
        Assert.Equal(new CounterState(3), (await Store.SnapshotStore.LoadAsync("a", SnapshotSelectionCriteria.Latest))?.Snapshot);
        await WriteAsync("a", 5, 5);
        await Assert.ThrowsAsync<JournalConflictException>(() => WriteAsync("a", 4, 4));
        Assert.Equal(4, (await Store.ReadJournal.CurrentEventsByTag("t").ToListAsync()).Count);
    }

    [Fact]
    public async Task Snapshots_load_the_youngest_matching_and_delete_by_sequence_nr_or_criteria()
    {
        var snapshots = Store.SnapshotStore;
        await snapshots.SaveAsync(new SnapshotMetadata("a", 10), new CounterState(10));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await snapshots.SaveAsync(new SnapshotMetadata("a", 20), new CounterState(20));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await snapshots.SaveAsync(new SnapshotMetadata("a", 30), new CounterState(30));
        await snapshots.SaveAsync(new SnapshotMetadata("b", 99), new CounterState(99));

        var latest = await snapshots.LoadAsync("a", SnapshotSelectionCriteria.Latest);
        Assert.Equal(new SelectedSnapshot(new SnapshotMetadata("a", 30, Start.AddMinutes(2)), new CounterState(30)), latest);
        Assert.Equal(20, (await snapshots.LoadAsync("a", new SnapshotSelectionCriteria(MaxSequenceNr: 25)))?.Metadata.SequenceNr);
        Assert.Equal(10, (await snapshots.LoadAsync("a", new SnapshotSelectionCriteria(MaxTimestamp: Start.AddSeconds(30))))?.Metadata.SequenceNr);
        Assert.Null(await snapshots.LoadAsync("a", SnapshotSelectionCriteria.None));
        Assert.Null(await snapshots.LoadAsync("nobody", SnapshotSelectionCriteria.Latest));

        await snapshots.DeleteAsync(new SnapshotMetadata("a", 30));
        Assert.Equal(20, (await snapshots.LoadAsync("a", SnapshotSelectionCriteria.Latest))?.Metadata.SequenceNr);
        await snapshots.DeleteAsync("a", new SnapshotSelectionCriteria(MaxSequenceNr: 20));
        Assert.Null(await snapshots.LoadAsync("a", SnapshotSelectionCriteria.Latest));
        Assert.NotNull(await snapshots.LoadAsync("b", SnapshotSelectionCriteria.Latest));
    }

    [Fact]
    public async Task Saving_a_snapshot_again_at_the_same_sequence_nr_replaces_it()
    {
        await Store.SnapshotStore.SaveAsync(new SnapshotMetadata("a", 5), new CounterState(1));
        await Store.SnapshotStore.SaveAsync(new SnapshotMetadata("a", 5), new CounterState(2));

        Assert.Equal(new CounterState(2), (await Store.SnapshotStore.LoadAsync("a", SnapshotSelectionCriteria.Latest))?.Snapshot);
    }

    [Fact]
    public async Task Replaying_an_unknown_manifest_fails_loudly_naming_id_sequence_nr_and_manifest()
    {
        await WriteAsync("a", 1, 1);
        await Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr("a", 2, new ItemAddedV1("old"))));

        await RestartAsync(); // this process no longer knows test.item-added.v1

        var error = await Assert.ThrowsAsync<UnknownManifestException>(() => Journal.ReplayMessagesAsync("a", 1, long.MaxValue, long.MaxValue).ToListAsync());
        Assert.Equal(("a", 2L, "test.item-added.v1"), (error.PersistenceId, error.SequenceNr, error.Manifest));
        Assert.Contains("'a'", error.Message);
        Assert.Contains("seq 2", error.Message);
        await Assert.ThrowsAsync<UnknownManifestException>(() => Store.ReadJournal.CurrentAllEvents().ToListAsync());
    }

    [Fact]
    public async Task An_upcaster_turns_an_old_event_into_the_current_one_on_replay()
    {
        await Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr("a", 1, new ItemAddedV1("hammer"))));

        var upcasting = TestSerializers.Current().AddUpcaster(new JsonUpcaster("test.item-added.v1", "test.item-added.v2",
            old => new System.Text.Json.Nodes.JsonObject { ["item"] = old["name"]!.GetValue<string>(), ["quantity"] = 1 }));
        await RestartAsync(upcasting);

        var replayed = await Journal.ReplayMessagesAsync("a", 1, long.MaxValue, long.MaxValue).ToListAsync();
        Assert.Equal(new ItemAdded("hammer", 1), Assert.Single(replayed).Payload);
    }

    [Fact]
    public async Task An_unserializable_event_is_rejected_before_the_write_and_the_journal_goes_on()
    {
        await WriteAsync("a", 1, 1);

        var noManifest = await Assert.ThrowsAsync<EventRejectedException>(() => Journal.WriteMessagesAsync(
            new AtomicWrite([Event("a", 2), new PersistentRepr("a", 3, new EventWithoutManifest("x"))])));
        Assert.Equal(3, noManifest.SequenceNr);
        var throwing = await Assert.ThrowsAsync<EventRejectedException>(() => Journal.WriteMessagesAsync(
            new AtomicWrite(new PersistentRepr("a", 2, new EventThatCannotSerialize()))));
        Assert.Equal(typeof(EventThatCannotSerialize), throwing.EventType);

        Assert.Equal(1, await Journal.ReadHighestSequenceNrAsync("a", 0));
        await WriteAsync("a", 2, 2);
        Assert.Equal([1, 2], await ReplaySeqsAsync("a"));
    }
}
