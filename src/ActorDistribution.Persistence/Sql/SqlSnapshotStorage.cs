using System.Data.Common;
using ActorDistribution.Persistence.Snapshots;

namespace ActorDistribution.Persistence.Sql;

/// <summary>The snapshot table over ADO.NET, shared by both dialects.</summary>
internal sealed class SqlSnapshotStorage(SqlDialect dialect, Func<CancellationToken, Task<DbConnection>> open,
    Func<CancellationToken, Task<DbConnection>> openForWrites) : ISnapshotStorage
{
    public async Task SaveAsync(SnapshotRow row, CancellationToken cancellationToken)
    {
        await using var connection = await openForWrites(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO snapshot (persistence_id, sequence_nr, created_at, manifest, payload)
            VALUES (@pid, @seq, @created, @manifest, @payload)
            ON CONFLICT (persistence_id, sequence_nr)
            DO UPDATE SET created_at = excluded.created_at, manifest = excluded.manifest, payload = excluded.payload
            """);
        command.Add("@pid", row.PersistenceId);
        command.Add("@seq", row.SequenceNr);
        command.Add("@created", dialect.ToDb(row.CreatedAt));
        command.Add("@manifest", row.Manifest);
        command.Add("@payload", row.Payload);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SnapshotRow>> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("");
        command.CommandText = $"""
            SELECT sequence_nr, created_at, manifest, payload FROM snapshot WHERE {Where(command, persistenceId, criteria)}
            ORDER BY sequence_nr DESC LIMIT @limit
            """;
        command.Add("@limit", limit);
        var rows = new List<SnapshotRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(new SnapshotRow(persistenceId, reader.GetInt64(0), dialect.ReadTimestamp(reader, 1), reader.GetString(2), (byte[])reader.GetValue(3)));
        return rows;
    }

    public async Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        await using var connection = await openForWrites(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("");
        command.CommandText = $"DELETE FROM snapshot WHERE {Where(command, persistenceId, criteria)}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private string Where(DbCommand command, string persistenceId, SnapshotSelectionCriteria criteria)
    {
        var where = "persistence_id = @pid AND sequence_nr >= @minseq AND sequence_nr <= @maxseq";
        command.Add("@pid", persistenceId);
        command.Add("@minseq", criteria.MinSequenceNr);
        command.Add("@maxseq", criteria.MaxSequenceNr);
        if (criteria.MaxTimestamp is { } max)
        {
            where += " AND created_at <= @maxts";
            command.Add("@maxts", dialect.ToDb(max));
        }
        if (criteria.MinTimestamp is { } min)
        {
            where += " AND created_at >= @mints";
            command.Add("@mints", dialect.ToDb(min));
        }
        return where;
    }
}
