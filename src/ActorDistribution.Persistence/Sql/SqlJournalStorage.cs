using System.Data.Common;
using System.Runtime.CompilerServices;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Sql;

/// <summary>event_journal/event_tag over ADO.NET, shared by both dialects. Writes go through the group-commit writer; reads use pooled connections.</summary>
internal sealed class SqlJournalStorage : IJournalStorage
{
    private const char TagSeparator = '\u001f';
    private readonly SqlDialect _dialect;
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly GroupCommitWriter _writer;
    private readonly string _replaySql;
    private readonly string _deleteSql;

    /// <param name="open">Opens a (pooled) connection for reads.</param>
    /// <param name="openForWrites">Opens the writer's connection (SQLite sets its write pragmas there).</param>
    public SqlJournalStorage(SqlDialect dialect, Func<CancellationToken, Task<DbConnection>> open,
        Func<CancellationToken, Task<DbConnection>> openForWrites, PersistenceOptions options)
    {
        _dialect = dialect;
        _open = open;
        _writer = new GroupCommitWriter(dialect, openForWrites, options, Notifier.Notify);
        _replaySql = $"""
            SELECT sequence_nr, created_at, manifest, payload, writer FROM event_journal
            WHERE persistence_id = @pid AND sequence_nr >= @from AND sequence_nr <= @to AND deleted = {dialect.False}
            ORDER BY sequence_nr LIMIT @max
            """;
        _deleteSql = $"UPDATE event_journal SET deleted = {dialect.True} WHERE persistence_id = @pid AND sequence_nr <= @to AND deleted = {dialect.False}";
    }

    public JournalNotifier Notifier { get; } = new();

    public Task WriteAsync(IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken) =>
        _writer.EnqueueAsync(WriteRequest.Append(rows), cancellationToken);

    public async IAsyncEnumerable<JournalRow> ReplayAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(_replaySql);
        command.Add("@pid", persistenceId);
        command.Add("@from", fromSequenceNr);
        command.Add("@to", toSequenceNr);
        command.Add("@max", max);
        var sync = _dialect.SynchronousIo;
        await using var reader = sync ? command.ExecuteReader() : await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (sync ? reader.Read() : await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return new JournalRow(0, persistenceId, reader.GetInt64(0), _dialect.ReadTimestamp(reader, 1), reader.GetString(2),
                (byte[])reader.GetValue(3), reader.GetString(4), false, []);
    }

    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, CancellationToken cancellationToken)
    {
        // Deleted rows stay in the table, so a delete can never lower this.
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COALESCE(MAX(sequence_nr), 0) FROM event_journal WHERE persistence_id = @pid");
        command.Add("@pid", persistenceId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }

    public Task DeleteToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken) =>
        // Through the writer: SQLite has one writer connection, and the delete is ordered after earlier writes.
        _writer.EnqueueAsync(WriteRequest.Exclusive(async (connection, transaction, ct) =>
        {
            await using var command = connection.Command(_deleteSql, transaction);
            command.Add("@pid", persistenceId);
            command.Add("@to", toSequenceNr);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }), cancellationToken);

    public async Task<IReadOnlyList<JournalRow>> ReadPageAsync(RowFilter filter, long afterOrdering, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("");
        var where = "j.ordering > @after";
        command.Add("@after", afterOrdering);
        if (filter.PersistenceId is not null)
        {
            where += " AND j.persistence_id = @pid AND j.sequence_nr >= @from AND j.sequence_nr <= @to";
            command.Add("@pid", filter.PersistenceId);
            command.Add("@from", filter.FromSequenceNr);
            command.Add("@to", filter.ToSequenceNr);
        }
        if (filter.Tag is not null)
        {
            where += " AND j.ordering IN (SELECT ordering FROM event_tag WHERE tag = @tag AND ordering > @after)";
            command.Add("@tag", filter.Tag);
        }
        command.Add("@limit", limit);
        command.CommandText = $"""
            SELECT j.ordering, j.persistence_id, j.sequence_nr, j.created_at, j.manifest, j.payload, j.writer, j.deleted,
                   (SELECT {_dialect.TagsAggregate} FROM event_tag t WHERE t.ordering = j.ordering) AS tags
            FROM event_journal j WHERE {where} ORDER BY j.ordering LIMIT @limit
            """;
        var rows = new List<JournalRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(new JournalRow(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), _dialect.ReadTimestamp(reader, 3), reader.GetString(4),
                (byte[])reader.GetValue(5), reader.GetString(6), reader.GetBoolean(7),
                reader.IsDBNull(8) ? [] : reader.GetString(8).Split(TagSeparator)));
        return rows;
    }

    public async Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT DISTINCT persistence_id FROM event_journal ORDER BY persistence_id");
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) ids.Add(reader.GetString(0));
        return ids;
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
