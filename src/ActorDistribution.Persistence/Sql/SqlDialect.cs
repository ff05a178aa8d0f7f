using System.Data.Common;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL: DDL, column types (timestamps, booleans), error codes and the
/// bulk-insert strategy. All statements are otherwise shared, with @name parameters (both providers accept them).
/// </summary>
internal abstract class SqlDialect
{
    public abstract string Ddl { get; }
    public abstract string True { get; }
    public abstract string False { get; }

    /// <summary>Aggregate over event_tag rows t giving the tags joined by \u001f (null when none).</summary>
    public abstract string TagsAggregate { get; }

    public abstract object ToDb(DateTimeOffset timestamp);
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>Runs the DDL (idempotent) on first use.</summary>
    public virtual async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(Ddl);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts journal rows (and their tags) in the open transaction. Default: one prepared statement per row.</summary>
    public virtual async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalRow> rows,
        CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            $"""
            INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted)
            VALUES (@pid, @seq, @created, @manifest, @payload, @writer, {False}) RETURNING ordering
            """, transaction);
        var pid = insert.Add("@pid", "");
        var seq = insert.Add("@seq", 0L);
        var created = insert.Add("@created", ToDb(default));
        var manifest = insert.Add("@manifest", "");
        var payload = insert.Add("@payload", Array.Empty<byte>());
        var writer = insert.Add("@writer", "");
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);
        DbCommand? tagInsert = null;
        try
        {
            foreach (var row in rows)
            {
                pid.Value = row.PersistenceId;
                seq.Value = row.SequenceNr;
                created.Value = ToDb(row.CreatedAt);
                manifest.Value = row.Manifest;
                payload.Value = row.Payload;
                writer.Value = row.Writer;
                var ordering = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
                foreach (var tag in row.Tags)
                {
                    tagInsert ??= connection.Command("INSERT INTO event_tag (ordering, tag) VALUES (@ordering, @tag)", transaction);
                    tagInsert.Parameters.Clear();
                    tagInsert.Add("@ordering", ordering);
                    tagInsert.Add("@tag", tag);
                    await tagInsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (tagInsert is not null) await tagInsert.DisposeAsync().ConfigureAwait(false);
        }
    }
}
