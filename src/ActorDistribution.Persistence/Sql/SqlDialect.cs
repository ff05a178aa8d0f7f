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

    /// <summary>True for in-process engines, whose async ADO.NET methods are synchronous anyway and only add overhead.</summary>
    public virtual bool SynchronousIo => false;
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

    /// <summary>
    /// Stores journal rows (and their tags) atomically: all or none. Default: one transaction of prepared statements,
    /// one row at a time, executed synchronously (for an in-process engine the async API only adds overhead).
    /// </summary>
    public virtual async Task AppendAsync(DbConnection connection, IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        InsertRows(connection, transaction, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void InsertRows(DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        const string columns = "INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted) " +
                               "VALUES (@pid, @seq, @created, @manifest, @payload, @writer, ";
        using var insert = new RowInsert(this, connection, transaction, columns + False + ")");
        RowInsert? insertReturning = null;
        DbCommand? tagInsert = null;
        try
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (row.Tags.Length == 0)
                {
                    insert.Execute(row);
                    continue;
                }
                // Only tagged rows need their ordering back.
                insertReturning ??= new RowInsert(this, connection, transaction, columns + False + ") RETURNING ordering");
                var ordering = insertReturning.ExecuteScalar(row);
                tagInsert ??= connection.Command("INSERT INTO event_tag (ordering, tag) VALUES (@ordering, @tag)", transaction);
                foreach (var tag in row.Tags)
                {
                    tagInsert.Parameters.Clear();
                    tagInsert.Add("@ordering", ordering);
                    tagInsert.Add("@tag", tag);
                    tagInsert.ExecuteNonQuery();
                }
            }
        }
        finally
        {
            insertReturning?.Dispose();
            tagInsert?.Dispose();
        }
    }
}
