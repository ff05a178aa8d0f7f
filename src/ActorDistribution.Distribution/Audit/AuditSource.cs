using System.Runtime.CompilerServices;
using ActorDistribution.Distribution.Runtime;
using ActorDistribution.Runtime.Persistence;
using ActorDistribution.Runtime.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActorDistribution.Distribution.Audit;

/// <summary>An event as the journal stores it: its manifest and JSON payload.</summary>
public sealed record StoredEvent(string Manifest, byte[] Payload);

/// <summary>
/// A journal opened for audit, without a node: Akka.Persistence.Sql's tables in a SQLite file that must already
/// exist, or in a PostgreSQL database. Every read goes through <see cref="ReadAllAsync"/> or <see cref="ReadEntityAsync"/>,
/// which page through the rows, report progress and turn storage and decoding failures into one-line
/// <see cref="AuditSourceException"/>s naming the row.
/// </summary>
public sealed class AuditSource : IAsyncDisposable
{
    /// <summary>How often (in events) progress is reported while reading.</summary>
    public const int ProgressStep = 1000;

    private const int PageSize = 1000;
    private readonly JournalReader _reader;

    private AuditSource(JournalReader reader, EventCodec codec, string description)
    {
        _reader = reader;
        Codec = codec;
        Description = description;
    }

    /// <summary>The codec that knows every domain event; it gives an event its manifest back for exports.</summary>
    public EventCodec Codec { get; }

    /// <summary>What was opened, for messages: the file path, or the PostgreSQL host and database.</summary>
    public string Description { get; }

    /// <param name="codec">Default: <see cref="DistributionEvents.Codec"/>; pass one that knows more event types to audit them too.</param>
    public static async Task<AuditSource> OpenSqliteAsync(string filePath, EventCodec? codec = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(filePath);
        if (Directory.Exists(full)) throw new AuditSourceException($"{filePath}: is a directory, not a journal file");
        if (!File.Exists(full)) throw new AuditSourceException($"{filePath}: no such journal file");
        await EnsureSqliteJournalAsync(filePath, full, cancellationToken).ConfigureAwait(false);
        var reader = new JournalReader(JournalKind.Sqlite, new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly }.ToString());
        return new AuditSource(reader, WithUnknownEvents(codec ?? DistributionEvents.Codec()), filePath);
    }

    public static async Task<AuditSource> OpenPostgreSqlAsync(string connectionString, EventCodec? codec = null,
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

        try
        {
            await EnsurePostgreSqlJournalAsync(connectionString, description, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new AuditSourceException($"{description}: {problem.Message}", problem);
        }
        return new AuditSource(new JournalReader(JournalKind.PostgreSql, connectionString), WithUnknownEvents(codec ?? DistributionEvents.Codec()), description);
    }

    /// <summary>Every event in journal (global write) order; <paramref name="progress"/> hears the count read so far.</summary>
    public async IAsyncEnumerable<EventEnvelope> ReadAllAsync(IProgress<long>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long read = 0, after = 0;
        while (true)
        {
            var page = await Guard(() => _reader.ReadAllAsync(after, PageSize, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return Envelope(row);
                if (++read % ProgressStep == 0) progress?.Report(read);
            }
            if (page.Count < PageSize) break;
            after = page[^1].Ordering;
        }
        if (read % ProgressStep != 0) progress?.Report(read);
    }

    /// <summary>The events of one entity in sequence order.</summary>
    public async IAsyncEnumerable<EventEnvelope> ReadEntityAsync(string persistenceId, IProgress<long>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = await Guard(() => _reader.ReadEventsAsync(persistenceId, cancellationToken: cancellationToken)).ConfigureAwait(false);
        long read = 0;
        foreach (var row in rows)
        {
            yield return Envelope(row);
            if (++read % ProgressStep == 0) progress?.Report(read);
        }
        if (read % ProgressStep != 0) progress?.Report(read);
    }

    /// <summary>
    /// The error for an entity with no events: names the journal and, when some exist, entities of the same kind,
    /// so a mistyped name shows what is there.
    /// </summary>
    public async Task<AuditSourceException> NoEventsOfAsync(string persistenceId, CancellationToken cancellationToken = default)
    {
        var slash = persistenceId.IndexOf('/');
        var kind = slash > 0 ? persistenceId[..(slash + 1)] : null;
        var similar = kind is null ? [] : (await Guard(() => _reader.ReadPersistenceIdsAsync(cancellationToken)).ConfigureAwait(false))
            .Where(id => id.StartsWith(kind, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        var known = similar.Count > 0 ? $" (it has {string.Join(", ", similar)})"
            : kind is null ? " (entities are named by persistence id, e.g. pkgdir/NTSRV1/OFFICE97)" : "";
        return new AuditSourceException($"no events of '{persistenceId}' in {Description}{known}");
    }

    /// <summary>An event as the journal stores it (an <see cref="UnknownEvent"/> gives back its own).</summary>
    public StoredEvent Stored(EventEnvelope envelope)
    {
        if (envelope.Event is UnknownEvent unknown) return new StoredEvent(unknown.Manifest, unknown.Json);
        var (manifest, json) = Codec.Serialize(envelope.Event);
        return new StoredEvent(manifest, json);
    }

    public ValueTask DisposeAsync()
    {
        // Read-only connections are pooled by the provider; clear them so the file is free when the audit ends.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private EventEnvelope Envelope(JournalRow row)
    {
        object @event;
        try
        {
            @event = Codec.Deserialize(row.Manifest, row.Payload);
        }
        catch (Exception problem) when (problem is EventDeserializationException or UnknownManifestException)
        {
            throw new AuditSourceException($"{Description}: {row.PersistenceId} #{row.SequenceNumber}: {problem.Message}", problem);
        }
        return new EventEnvelope(row.Ordering, row.PersistenceId, row.SequenceNumber, row.Timestamp, row.Tags, @event);
    }

    private async Task<T> Guard<T>(Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is SqliteException or NpgsqlException)
        {
            throw new AuditSourceException($"{Description}: {problem.Message}", problem);
        }
    }

    /// <summary>Adds the catch-all for manifests nobody knows, after any upcaster already there.</summary>
    private static EventCodec WithUnknownEvents(EventCodec codec) => codec.AddUpcaster(new UnknownEventUpcaster());

    /// <summary>Refuses a database without the plugin's journal table.</summary>
    private static async Task EnsurePostgreSqlJournalAsync(string connectionString, string description, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT to_regclass('{JournalReader.JournalTable}') IS NOT NULL", connection);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            throw new AuditSourceException($"{description}: not an event journal (no {JournalReader.JournalTable} table)");
    }

    /// <summary>Refuses a file that is not SQLite or has no journal table.</summary>
    private static async Task EnsureSqliteJournalAsync(string shownPath, string full, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{JournalReader.JournalTable}'";
            var tables = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
            if (tables == 0) throw new AuditSourceException($"{shownPath}: not an event journal (no {JournalReader.JournalTable} table)");
        }
        catch (SqliteException problem)
        {
            throw new AuditSourceException($"{shownPath}: not a readable SQLite journal: {problem.Message}", problem);
        }
    }
}

/// <summary>The journal could not be opened or read; the message is one line meant for the user.</summary>
public sealed class AuditSourceException(string message, Exception? inner = null) : Exception(message, inner);
