using ActorDistribution.Distribution.Audit;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Distribution.Tests.Audit;

/// <summary>
/// A SQLite journal in a temp folder with Akka.Persistence.Sql's own tables (the plugin creates them), filled the
/// way the plugin fills them: each event under its entity's persistence id with the next sequence number, the
/// manifest and JSON of our serializer, and its tags in the tag table.
/// </summary>
internal sealed class AuditJournal : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, long> _sequenceNrs = new(StringComparer.Ordinal);
    private bool _created;

    public AuditJournal() => Path = System.IO.Path.Combine(_folder.Path, "journal.db");

    public string Path { get; }

    /// <summary>The codec of the domain plus <see cref="ServerAdded"/>, a stand-in for the distribution server events to come.</summary>
    public static EventCodec Codec() => DistributionEvents.Codec().Register<ServerAdded>();

    public Task WriteAsync(string persistenceId, IEnumerable<object> events, IReadOnlyList<string>? tags = null) =>
        WriteAsync(events.Select(@event => (persistenceId, @event)), tags);

    /// <summary>Events of several entities in the order given (journal order), as concurrent actors would interleave them.</summary>
    public async Task WriteAsync(IEnumerable<(string PersistenceId, object Event)> events, IReadOnlyList<string>? tags = null)
    {
        await EnsureTablesAsync();
        var codec = Codec();
        foreach (var (persistenceId, @event) in events)
        {
            var (manifest, json) = codec.Serialize(@event);
            Insert(persistenceId, EventTimeOf(@event), manifest, json, tags ?? []);
        }
    }

    public Task WriteAsync(string persistenceId, params object[] events) => WriteAsync(persistenceId, events.AsEnumerable());

    /// <summary>Adds one raw row, bypassing the codec: an event of a manifest this build may not know.</summary>
    public async Task InsertRawAsync(string persistenceId, DateTimeOffset at, string manifest, string json)
    {
        await EnsureTablesAsync();
        Insert(persistenceId, at, manifest, System.Text.Encoding.UTF8.GetBytes(json), []);
    }

    /// <summary>Removes one row of an entity, as a hand edit of the database would: its tags go with it, the numbers of the others stay.</summary>
    public void Delete(string persistenceId, long sequenceNr)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = """
            DELETE FROM tags WHERE persistence_id = $id AND sequence_nr = $nr;
            DELETE FROM journal WHERE persistence_id = $id AND sequence_number = $nr;
            """;
        delete.Parameters.AddWithValue("$id", persistenceId);
        delete.Parameters.AddWithValue("$nr", sequenceNr);
        if (delete.ExecuteNonQuery() == 0) throw new ArgumentException($"no event #{sequenceNr} of {persistenceId} to delete");
    }

    public Task<AuditSource> OpenAsync() => AuditSource.OpenSqliteAsync(Path, Codec());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task EnsureTablesAsync()
    {
        if (_created) return;
        await PersistenceDdl.InitializeTablesAsync(JournalSettings.ForSqlite(Path), CancellationToken.None);
        SqliteJournal.Release(Path);
        _created = true;
    }

    private void Insert(string persistenceId, DateTimeOffset at, string manifest, byte[] payload, IReadOnlyList<string> tags)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var sequenceNr = _sequenceNrs[persistenceId] = _sequenceNrs.GetValueOrDefault(persistenceId) + 1;
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO journal (created, deleted, persistence_id, sequence_number, message, manifest, identifier, writer_uuid)
            VALUES ($created, 0, $id, $nr, $message, $manifest, $identifier, 'audit-journal');
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$created", at.UtcTicks);
        insert.Parameters.AddWithValue("$id", persistenceId);
        insert.Parameters.AddWithValue("$nr", sequenceNr);
        insert.Parameters.AddWithValue("$message", payload);
        insert.Parameters.AddWithValue("$manifest", manifest);
        insert.Parameters.AddWithValue("$identifier", EventSerializer.Id);
        var ordering = (long)insert.ExecuteScalar()!;
        foreach (var tag in tags)
        {
            using var tagged = connection.CreateCommand();
            tagged.CommandText = "INSERT INTO tags (ordering_id, tag, sequence_nr, persistence_id) VALUES ($o, $tag, $nr, $id)";
            tagged.Parameters.AddWithValue("$o", ordering);
            tagged.Parameters.AddWithValue("$tag", tag);
            tagged.Parameters.AddWithValue("$nr", sequenceNr);
            tagged.Parameters.AddWithValue("$id", persistenceId);
            tagged.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static DateTimeOffset EventTimeOf(object @event) =>
        (DateTimeOffset)(@event.GetType().GetProperty("At")?.GetValue(@event) ?? throw new ArgumentException("events carry At"));
}
