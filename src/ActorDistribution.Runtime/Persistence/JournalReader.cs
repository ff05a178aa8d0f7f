using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActorDistribution.Runtime.Persistence;

/// <summary>
/// One journal row as Akka.Persistence.Sql stored it (default table mapping). <see cref="Manifest"/> is the serializer's
/// manifest and <see cref="Payload"/> its bytes; decoding is the caller's (see <see cref="JournalReader.Decode"/>).
/// </summary>
public sealed record JournalRow(
    long Ordering,
    string PersistenceId,
    long SequenceNumber,
    string Manifest,
    byte[] Payload,
    int? SerializerId,
    DateTimeOffset Timestamp,
    IReadOnlyList<string> Tags,
    bool Deleted,
    string? WriterUuid);

/// <summary>
/// Reads the plugin's tables with plain ADO.NET, without an actor system (shell verbs, audits, tests).
/// Table and column names are the plugin's <c>table-mapping = default</c>, which <see cref="JournalSettings"/> always selects.
/// </summary>
public sealed class JournalReader
{
    public const string JournalTable = "journal";
    public const string TagTable = "tags";
    public const string SnapshotTable = "snapshot";

    // Deleted rows stay (flagged) until the plugin purges them; callers rebuilding state must skip them, audits may not.
    private const string Columns =
        "j.ordering, j.persistence_id, j.sequence_number, j.manifest, j.message, j.identifier, j.created, j.deleted, j.writer_uuid, t.tag";

    private readonly JournalKind _kind;
    private readonly string _connectionString;

    public JournalReader(JournalSettings settings) : this(settings.Kind, settings.ConnectionString)
    {
    }

    public JournalReader(JournalKind kind, string connectionString)
    {
        _kind = kind;
        _connectionString = connectionString;
    }

    /// <summary>
    /// Rows with ordering above <paramref name="afterOrdering"/>, in ordering (global write) order; at most <paramref name="limit"/>.
    /// While the journal writes, an ordering may become visible after a higher one (the plugin runs several write
    /// transactions at once), so paging over a live journal can miss rows; the read journal's events-by-tag handles that, this does not.
    /// </summary>
    public Task<IReadOnlyList<JournalRow>> ReadAllAsync(long afterOrdering = 0, int limit = int.MaxValue, bool includeDeleted = false,
        CancellationToken cancellationToken = default) =>
        ReadAsync(
            $"""
             SELECT {Columns} FROM (
               SELECT * FROM journal WHERE ordering > @after {(includeDeleted ? "" : "AND deleted = @false")}
               ORDER BY ordering LIMIT @limit) j
             LEFT JOIN tags t ON t.ordering_id = j.ordering
             ORDER BY j.ordering, t.tag
             """,
            [("after", afterOrdering), ("limit", (long)limit), ("false", false)], cancellationToken);

    /// <summary>Rows of one persistence id from <paramref name="fromSequenceNumber"/> on, in sequence order.</summary>
    public Task<IReadOnlyList<JournalRow>> ReadEventsAsync(string persistenceId, long fromSequenceNumber = 1, bool includeDeleted = false,
        CancellationToken cancellationToken = default) =>
        ReadAsync(
            $"""
             SELECT {Columns} FROM journal j
             LEFT JOIN tags t ON t.ordering_id = j.ordering
             WHERE j.persistence_id = @pid AND j.sequence_number >= @from {(includeDeleted ? "" : "AND j.deleted = @false")}
             ORDER BY j.sequence_number, t.tag
             """,
            [("pid", persistenceId), ("from", fromSequenceNumber), ("false", false)], cancellationToken);

    /// <summary>Every persistence id with rows in the journal, sorted.</summary>
    public async Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT persistence_id FROM journal ORDER BY persistence_id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Pairs each row with its event, decoded by <paramref name="decode"/> (manifest, payload).</summary>
    public static IEnumerable<(JournalRow Row, object Event)> Decode(IEnumerable<JournalRow> rows, Func<string, byte[], object> decode) =>
        rows.Select(row => (row, decode(row.Manifest, row.Payload)));

    /// <summary>The plugin's <c>created</c> column: UTC .NET ticks of the process clock at write time (the plugin's, not ours).</summary>
    public static DateTimeOffset FromCreated(long ticks) => new(ticks, TimeSpan.Zero);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _kind == JournalKind.Sqlite ? new SqliteConnection(_connectionString) : new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IReadOnlyList<JournalRow>> ReadAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        // One result row per (event, tag): consecutive rows of the same ordering are folded into one JournalRow.
        var rows = new List<JournalRow>();
        List<string>? tags = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var ordering = Convert.ToInt64(reader.GetValue(0));
            var tag = reader.IsDBNull(9) ? null : reader.GetString(9);
            if (rows.Count > 0 && rows[^1].Ordering == ordering)
            {
                if (tag is not null) tags!.Add(tag);
                continue;
            }
            tags = tag is null ? [] : [tag];
            rows.Add(new JournalRow(
                ordering,
                reader.GetString(1),
                Convert.ToInt64(reader.GetValue(2)),
                reader.IsDBNull(3) ? "" : reader.GetString(3),
                (byte[])reader.GetValue(4),
                reader.IsDBNull(5) ? null : Convert.ToInt32(reader.GetValue(5)),
                FromCreated(Convert.ToInt64(reader.GetValue(6))),
                tags,
                Convert.ToBoolean(reader.GetValue(7)),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return rows;
    }
}
