using System.Runtime.CompilerServices;
using ActorDistribution.Actors.Time;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Query;
using ActorDistribution.Persistence.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActorDistribution.Distribution.Audit;

/// <summary>
/// A journal opened for audit, without a node: a SQLite file that must already exist, or a PostgreSQL database.
/// Every read goes through <see cref="ReadAllAsync"/> or <see cref="ReadEntityAsync"/>, which report progress and
/// turn storage and deserialization failures into one-line <see cref="AuditSourceException"/>s.
/// </summary>
public sealed class AuditSource : IAsyncDisposable
{
    /// <summary>How often (in events) progress is reported while reading.</summary>
    public const int ProgressStep = 1000;

    private readonly IPersistenceStore _store;

    private AuditSource(IPersistenceStore store, EventSerializer serializer, string description)
    {
        _store = store;
        Serializer = serializer;
        Description = description;
    }

    /// <summary>The serializer that knows every domain event; it gives an event its manifest back for exports.</summary>
    public EventSerializer Serializer { get; }

    /// <summary>What was opened, for messages: the file path, or the PostgreSQL host and database.</summary>
    public string Description { get; }

    public IReadJournal Journal => _store.ReadJournal;

    /// <param name="serializer">Default: <see cref="DistributionEvents.Serializer"/>; pass one that knows more event types to audit them too.</param>
    public static async Task<AuditSource> OpenSqliteAsync(string filePath, EventSerializer? serializer = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(filePath);
        // The store would create a missing file; an audit of a journal that is not there must say so instead.
        if (Directory.Exists(full)) throw new AuditSourceException($"{filePath}: is a directory, not a journal file");
        if (!File.Exists(full)) throw new AuditSourceException($"{filePath}: no such journal file");
        await EnsureSqliteJournalAsync(filePath, full, cancellationToken).ConfigureAwait(false);

        serializer = WithUnknownEvents(serializer ?? DistributionEvents.Serializer());
        try
        {
            var store = await PersistenceStores.OpenSqliteAsync(full, serializer, new WallClockScheduler(), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new AuditSource(store, serializer, filePath);
        }
        catch (SqliteException problem)
        {
            throw new AuditSourceException($"{filePath}: {problem.Message}", problem);
        }
    }

    public static async Task<AuditSource> OpenPostgreSqlAsync(string connectionString, EventSerializer? serializer = null,
        CancellationToken cancellationToken = default)
    {
        string description;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException problem)
        {
            throw new AuditSourceException($"--postgres: not a valid connection string: {problem.Message}", problem);
        }

        serializer = WithUnknownEvents(serializer ?? DistributionEvents.Serializer());
        try
        {
            await EnsurePostgreSqlJournalAsync(connectionString, description, cancellationToken).ConfigureAwait(false);
            var store = await PersistenceStores.OpenPostgreSqlAsync(connectionString, serializer, new WallClockScheduler(), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new AuditSource(store, serializer, description);
        }
        catch (Exception problem) when (problem is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new AuditSourceException($"{description}: {problem.Message}", problem);
        }
    }

    /// <summary>Every event in journal order; <paramref name="progress"/> hears the count read so far.</summary>
    public IAsyncEnumerable<EventEnvelope> ReadAllAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Guard(Journal.CurrentAllEvents(0, cancellationToken), progress, cancellationToken);

    /// <summary>The events of one entity in sequence order.</summary>
    public IAsyncEnumerable<EventEnvelope> ReadEntityAsync(string persistenceId, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default) =>
        Guard(Journal.CurrentEventsByPersistenceId(persistenceId, cancellationToken: cancellationToken), progress, cancellationToken);

    /// <summary>
    /// The error for an entity with no events: names the journal and, when some exist, entities of the same kind,
    /// so a mistyped name shows what is there.
    /// </summary>
    public async Task<AuditSourceException> NoEventsOfAsync(string persistenceId, CancellationToken cancellationToken = default)
    {
        var slash = persistenceId.IndexOf('/');
        var kind = slash > 0 ? persistenceId[..(slash + 1)] : null;
        var similar = new List<string>();
        if (kind is not null)
            await foreach (var id in Journal.CurrentPersistenceIds(cancellationToken).ConfigureAwait(false))
                if (id.StartsWith(kind, StringComparison.OrdinalIgnoreCase) && similar.Count < 5) similar.Add(id);
        var known = similar.Count > 0 ? $" (it has {string.Join(", ", similar)})"
            : kind is null ? " (entities are named by persistence id, e.g. pkgdir/NTSRV1/OFFICE97)" : "";
        return new AuditSourceException($"no events of '{persistenceId}' in {Description}{known}");
    }

    /// <summary>An event as the journal stores it: its manifest and JSON (an <see cref="UnknownEvent"/> gives back its own).</summary>
    public SerializedEvent Stored(EventEnvelope envelope) => envelope.Event is UnknownEvent unknown
        ? new SerializedEvent(unknown.Manifest, unknown.Json)
        : Serializer.Serialize(envelope.Event, envelope.PersistenceId, envelope.SequenceNr);

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>Adds the catch-all for manifests nobody knows, after any upcaster already there.</summary>
    private static EventSerializer WithUnknownEvents(EventSerializer serializer) => serializer.AddUpcaster(new UnknownEventUpcaster());

    private async IAsyncEnumerable<EventEnvelope> Guard(IAsyncEnumerable<EventEnvelope> events, IProgress<long>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long read = 0;
        await using var enumerator = events.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false)) break;
            }
            catch (EventDeserializationException problem)
            {
                throw new AuditSourceException($"{Description}: {problem.Message}", problem);
            }
            catch (Exception problem) when (problem is SqliteException or NpgsqlException)
            {
                throw new AuditSourceException($"{Description}: {problem.Message}", problem);
            }

            read++;
            if (read % ProgressStep == 0) progress?.Report(read);
            yield return enumerator.Current;
        }

        if (read % ProgressStep != 0) progress?.Report(read);
    }

    /// <summary>Refuses a database without the journal table, before the store would create the tables in it.</summary>
    private static async Task EnsurePostgreSqlJournalAsync(string connectionString, string description, CancellationToken cancellationToken)
    {
        // Unpooled: the store opens its own data source, and this one connection must not linger after the audit.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT to_regclass('event_journal') IS NOT NULL", connection);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            throw new AuditSourceException($"{description}: not an event journal (no event_journal table)");
    }

    /// <summary>Refuses a file that is not SQLite or has no journal table, before the store would add its tables to it.</summary>
    private static async Task EnsureSqliteJournalAsync(string shownPath, string full, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'event_journal'";
            var tables = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
            if (tables == 0) throw new AuditSourceException($"{shownPath}: not an event journal (no event_journal table)");
        }
        catch (SqliteException problem)
        {
            throw new AuditSourceException($"{shownPath}: not a readable SQLite journal: {problem.Message}", problem);
        }
    }
}
