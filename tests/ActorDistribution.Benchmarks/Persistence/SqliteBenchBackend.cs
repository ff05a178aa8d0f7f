using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Sql;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>SQLite files in a temp directory, same pragmas as the store (WAL, synchronous=NORMAL).</summary>
internal sealed class SqliteBenchBackend : IBenchBackend
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ad-bench-sqlite-" + Guid.NewGuid().ToString("N"));
    private string _lastFile = "";
    private int _files;

    public string Name => "sqlite";

    public Task<IPersistenceStore> OpenFreshStoreAsync(EventSerializer serializer, IClock clock, PersistenceOptions options)
    {
        _lastFile = Path.Combine(_directory, $"store{++_files}.db");
        return PersistenceStores.OpenSqliteAsync(_lastFile, serializer, clock, options);
    }

    public async Task<TimeSpan> RawInsertAsync(IReadOnlyList<RawRow> rows, int batchSize)
    {
        Directory.CreateDirectory(_directory);
        await using var connection = await OpenAsync(Path.Combine(_directory, $"raw{++_files}.db"));
        await using (var ddl = connection.CreateCommand())
        {
            ddl.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " + JournalSchema.ForSqlite();
            await ddl.ExecuteNonQueryAsync();
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO event_journal (persistence_id, sequence_nr, created_at, manifest, payload, writer, deleted) " +
                                 "VALUES (@pid, @seq, @created, @manifest, @payload, @writer, 0)";
            var pid = insert.Parameters.Add("@pid", SqliteType.Text);
            var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
            var created = insert.Parameters.Add("@created", SqliteType.Integer);
            var manifest = insert.Parameters.Add("@manifest", SqliteType.Text);
            var payload = insert.Parameters.Add("@payload", SqliteType.Blob);
            var writer = insert.Parameters.Add("@writer", SqliteType.Text);
            insert.Prepare();
            foreach (var row in rows.Skip(start).Take(batchSize))
            {
                (pid.Value, seq.Value, created.Value, manifest.Value, payload.Value, writer.Value) =
                    (row.PersistenceId, row.SequenceNr, row.CreatedAt.ToUnixTimeMilliseconds(), row.Manifest, row.Payload, row.Writer);
                insert.ExecuteNonQuery(); // sync: the fastest way to drive in-process SQLite
            }
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }

    public async Task<int> RawSelectAsync(string persistenceId)
    {
        await using var connection = await OpenAsync(_lastFile);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT sequence_nr, created_at, manifest, payload, writer FROM event_journal " +
                             "WHERE persistence_id = @pid AND deleted = 0 ORDER BY sequence_nr";
        select.Parameters.AddWithValue("@pid", persistenceId);
        await using var reader = await select.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            _ = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), (byte[])reader.GetValue(3), reader.GetString(4));
            count++;
        }
        return count;
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
