using ActorDistribution.Runtime.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>
/// Fresh databases on a PostgreSQL server started durable (fsync, synchronous_commit and full_page_writes on), unless one is
/// attached through the environment. The raw insert is one round trip per transaction: an array (unnest) insert into
/// journal whose returned orderings feed the tag rows in the same statement.
/// </summary>
internal sealed class PostgreSqlBenchBackend(ThrowawayPostgresServer server) : IBenchBackend
{
    public string Name => "postgres";

    public async Task<JournalSettings> FreshAsync() => JournalSettings.ForPostgreSql(await server.CreateDatabaseAsync());

    public async Task<string> DescribeDurabilityAsync(JournalSettings settings)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var values = new List<string>();
        foreach (var name in new[] { "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method" })
        {
            await using var show = new NpgsqlCommand($"SHOW {name}", connection);
            values.Add($"{name}={await show.ExecuteScalarAsync()}");
        }
        return string.Join(' ', values) + (server.IsAttached ? " (attached server)" : " (throwaway server started durable)");
    }

    public async Task<TimeSpan> RawInsertAsync(JournalSettings settings, IReadOnlyList<RawRow> rows, int batchSize)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var created = DateTime.UtcNow.Ticks;
        var tags = rows[0].Tags;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var chunk = rows.Skip(start).Take(batchSize).ToList();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand(
                "WITH j AS (INSERT INTO journal (persistence_id, sequence_number, deleted, created, manifest, message, identifier, writer_uuid) " +
                "SELECT pid, seq, false, $3, manifest, message, identifier, writer FROM unnest($1, $2, $4, $5, $6, $7) AS r (pid, seq, manifest, message, identifier, writer) " +
                "RETURNING ordering, persistence_id, sequence_number) " +
                "INSERT INTO tags (ordering_id, tag, sequence_nr, persistence_id) SELECT j.ordering, t.tag, j.sequence_number, j.persistence_id FROM j CROSS JOIN unnest($8) AS t (tag)",
                connection, transaction)
            {
                Parameters =
                {
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.PersistenceId)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar },
                    new NpgsqlParameter<long[]> { TypedValue = [.. chunk.Select(r => r.SequenceNr)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                    new NpgsqlParameter<long> { TypedValue = created, NpgsqlDbType = NpgsqlDbType.Bigint },
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.Manifest)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar },
                    new NpgsqlParameter<byte[][]> { TypedValue = [.. chunk.Select(r => r.Payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                    new NpgsqlParameter<int[]> { TypedValue = [.. chunk.Select(r => r.SerializerId)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.WriterUuid)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar },
                    new NpgsqlParameter<string[]> { TypedValue = tags, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar },
                },
            };
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }

    public async Task<int> RawReadPerIdAsync(JournalSettings settings, IReadOnlyList<string> persistenceIds)
    {
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand(
            "SELECT ordering, sequence_number, deleted, created, manifest, message, identifier, writer_uuid FROM journal " +
            "WHERE persistence_id = $1 AND sequence_number >= 1 ORDER BY sequence_number", connection)
        { Parameters = { new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Varchar } } };
        await select.PrepareAsync();
        var count = 0;
        foreach (var id in persistenceIds)
        {
            select.Parameters[0].Value = id;
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                _ = (reader.GetInt64(0), reader.GetInt64(1), reader.GetBoolean(2), reader.GetInt64(3), reader.GetString(4),
                    (byte[])reader.GetValue(5), reader.GetInt32(6), reader.GetString(7));
                count++;
            }
        }
        return count;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
