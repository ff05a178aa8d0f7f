using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Serialization;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>
/// A SQLite journal in a temp folder, written the way the actors will write it: each event under its entity's
/// persistence id with the next sequence number, stamped by a clock set to the event's own time.
/// </summary>
internal sealed class AuditJournal : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, long> _sequenceNrs = new(StringComparer.Ordinal);

    public AuditJournal() => Path = System.IO.Path.Combine(_folder.Path, "journal.db");

    public string Path { get; }

    /// <summary>The serializer of the domain plus <see cref="ServerAdded"/>, a stand-in for the distribution server events to come.</summary>
    public static EventSerializer Serializer() => DistributionEvents.Serializer().Register<ServerAdded>();

    public Task WriteAsync(string persistenceId, IEnumerable<object> events, IReadOnlyList<string>? tags = null) =>
        WriteAsync(events.Select(@event => (persistenceId, @event)), tags);

    /// <summary>Events of several entities in the order given (journal order), as concurrent actors would interleave them.</summary>
    public async Task WriteAsync(IEnumerable<(string PersistenceId, object Event)> events, IReadOnlyList<string>? tags = null)
    {
        var clock = new SettableClock();
        await using var store = await PersistenceStores.OpenSqliteAsync(Path, Serializer(), clock);
        foreach (var (persistenceId, @event) in events)
        {
            clock.UtcNow = EventTimeOf(@event);
            var sequenceNr = _sequenceNrs[persistenceId] = _sequenceNrs.GetValueOrDefault(persistenceId) + 1;
            await store.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr(persistenceId, sequenceNr, @event) { Tags = tags ?? [] }));
        }
    }

    public Task WriteAsync(string persistenceId, params object[] events) => WriteAsync(persistenceId, events.AsEnumerable());

    /// <summary>Adds one raw row, bypassing the serializer: an event of a manifest this build may not know.</summary>
    public void InsertRaw(string persistenceId, DateTimeOffset at, string manifest, string json)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted)
            VALUES ($id, $nr, $at, $manifest, $payload, 'raw', 0)
            """;
        var sequenceNr = _sequenceNrs[persistenceId] = _sequenceNrs.GetValueOrDefault(persistenceId) + 1;
        insert.Parameters.AddWithValue("$id", persistenceId);
        insert.Parameters.AddWithValue("$nr", sequenceNr);
        insert.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$manifest", manifest);
        insert.Parameters.AddWithValue("$payload", System.Text.Encoding.UTF8.GetBytes(json));
        insert.ExecuteNonQuery();
    }

    public Task<AuditSource> OpenAsync() => AuditSource.OpenSqliteAsync(Path, Serializer());

    public void Dispose() => _folder.Dispose();

    private static DateTimeOffset EventTimeOf(object @event) =>
        (DateTimeOffset)(@event.GetType().GetProperty("At")?.GetValue(@event) ?? throw new ArgumentException("events carry At"));

    private sealed class SettableClock : IClock
    {
        public DateTimeOffset UtcNow { get; set; }
    }
}
