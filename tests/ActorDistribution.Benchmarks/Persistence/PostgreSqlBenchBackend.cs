using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.PostgreSql;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Sql;
using Npgsql;
using NpgsqlTypes;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>Fresh databases on a throwaway PostgreSQL server; the raw baseline uses the same array (unnest) insert as the store.</summary>
internal sealed class PostgreSqlBenchBackend(ThrowawayPostgresServer server) : IBenchBackend
{
    private string _lastDatabase = "";

    public string Name => "postgres";

    public async Task<IPersistenceStore> OpenFreshStoreAsync(EventSerializer serializer, IClock clock, PersistenceOptions options)
    {
        _lastDatabase = await server.CreateDatabaseAsync();
        return await PersistenceStores.OpenPostgreSqlAsync(_lastDatabase, serializer, clock, options);
    }

    public async Task<TimeSpan> RawInsertAsync(IReadOnlyList<RawRow> rows, int batchSize)
    {
        await using var dataSource = NpgsqlDataSource.Create(await server.CreateDatabaseAsync());
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var ddl = new NpgsqlCommand(JournalSchema.ForPostgreSql(), connection)) await ddl.ExecuteNonQueryAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var chunk = rows.Skip(start).Take(batchSize).ToList();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted) " +
                "SELECT pid, seq, created, manifest, payload, writer, false FROM unnest($1, $2, $3, $4, $5, $6) AS r (pid, seq, created, manifest, payload, writer)",
                connection, transaction)
            {
                Parameters =
                {
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.PersistenceId)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                    new NpgsqlParameter<long[]> { TypedValue = [.. chunk.Select(r => r.SequenceNr)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
                    new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. chunk.Select(r => r.CreatedAt)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.Manifest)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                    new NpgsqlParameter<byte[][]> { TypedValue = [.. chunk.Select(r => r.Payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                    new NpgsqlParameter<string[]> { TypedValue = [.. chunk.Select(r => r.Writer)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                },
            };
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }

    public async Task<int> RawSelectAsync(string persistenceId)
    {
        await using var connection = new NpgsqlConnection(_lastDatabase);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand(
            "SELECT sequence_nr, created_at, manifest, payload, writer FROM event_journal " +
            "WHERE persistence_id = $1 AND deleted = false ORDER BY sequence_nr", connection)
        { Parameters = { new NpgsqlParameter<string> { TypedValue = persistenceId } } };
        await using var reader = await select.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            _ = (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), (byte[])reader.GetValue(3), reader.GetString(4));
            count++;
        }
        return count;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
