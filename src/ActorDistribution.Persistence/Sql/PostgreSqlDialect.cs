using System.Data.Common;
using ActorDistribution.Persistence.Journal;
using Npgsql;
using NpgsqlTypes;

namespace ActorDistribution.Persistence.Sql;

/// <summary>
/// PostgreSQL: a whole batch is inserted with two array (unnest) statements in one round trip. Each journal batch
/// first takes a transaction-scoped advisory lock, so orderings commit in increasing order across nodes and a live
/// query by ordering never skips a row that commits late.
/// </summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    public static readonly PostgreSqlDialect Instance = new();
    private const long JournalWriteLock = 0x4144_4A4F_5552; // "ADJOUR"
    private const long SchemaLock = 0x4144_5343_484D; // "ADSCHM"

    public override string Ddl => """
        CREATE TABLE IF NOT EXISTS event_journal (
            ordering       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            persistence_id text        NOT NULL,
            sequence_nr    bigint      NOT NULL,
            created_at     timestamptz NOT NULL,
            manifest       text        NOT NULL,
            payload        bytea       NOT NULL, -- UTF-8 JSON
            writer         text        NOT NULL,
            deleted        boolean     NOT NULL DEFAULT false,
            CONSTRAINT event_journal_persistence_id_sequence_nr_key UNIQUE (persistence_id, sequence_nr)
        );
        CREATE TABLE IF NOT EXISTS event_tag (
            ordering bigint NOT NULL REFERENCES event_journal (ordering),
            tag      text   NOT NULL,
            PRIMARY KEY (tag, ordering)
        );
        CREATE INDEX IF NOT EXISTS event_tag_ordering ON event_tag (ordering);
        CREATE TABLE IF NOT EXISTS snapshot (
            persistence_id text        NOT NULL,
            sequence_nr    bigint      NOT NULL,
            created_at     timestamptz NOT NULL,
            manifest       text        NOT NULL,
            payload        bytea       NOT NULL, -- UTF-8 JSON
            PRIMARY KEY (persistence_id, sequence_nr)
        );
        """;

    public override string True => "true";
    public override string False => "false";
    public override string TagsAggregate => "string_agg(t.tag, chr(31))";

    public override object ToDb(DateTimeOffset timestamp) => timestamp.ToUniversalTime();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Concurrent CREATE TABLE IF NOT EXISTS from several nodes can still collide: serialize them.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT pg_advisory_xact_lock({SchemaLock});\n{Ddl}", transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One round trip: a batch without an explicit transaction runs as one implicit transaction (an error rolls back
    /// the whole batch), which saves the separate BEGIN/COMMIT exchanges.
    /// </summary>
    public override async Task AppendAsync(DbConnection connection, IReadOnlyList<JournalRow> rows, CancellationToken cancellationToken)
    {
        var n = rows.Count;
        var pids = new string[n];
        var seqs = new long[n];
        var created = new DateTimeOffset[n];
        var manifests = new string[n];
        var payloads = new byte[n][];
        var writers = new string[n];
        List<string> tagPids = [], tags = [];
        List<long> tagSeqs = [];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            (pids[i], seqs[i], created[i], manifests[i], payloads[i], writers[i]) =
                (row.PersistenceId, row.SequenceNr, row.CreatedAt.ToUniversalTime(), row.Manifest, row.Payload, row.Writer);
            foreach (var tag in row.Tags)
            {
                tagPids.Add(row.PersistenceId);
                tagSeqs.Add(row.SequenceNr);
                tags.Add(tag);
            }
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({JournalWriteLock})"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("""
            INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted)
            SELECT pid, seq, created, manifest, payload, writer, false
            FROM unnest($1, $2, $3, $4, $5, $6) AS r (pid, seq, created, manifest, payload, writer)
            """)
        {
            Parameters =
            {
                new NpgsqlParameter<string[]> { TypedValue = pids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new NpgsqlParameter<long[]> { TypedValue = seqs, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                new NpgsqlParameter<DateTimeOffset[]> { TypedValue = created, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
                new NpgsqlParameter<string[]> { TypedValue = manifests, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new NpgsqlParameter<byte[][]> { TypedValue = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                new NpgsqlParameter<string[]> { TypedValue = writers, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            },
        });
        if (tags.Count > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO event_tag (ordering, tag)
                SELECT j.ordering, t.tag
                FROM unnest($1, $2, $3) AS t (pid, seq, tag)
                JOIN event_journal j ON j.persistence_id = t.pid AND j.sequence_nr = t.seq
                """)
            {
                Parameters =
                {
                    new NpgsqlParameter<string[]> { TypedValue = [.. tagPids], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                    new NpgsqlParameter<long[]> { TypedValue = [.. tagSeqs], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                    new NpgsqlParameter<string[]> { TypedValue = [.. tags], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                },
            });
        }
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
