using ActorDistribution.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Benchmarks.Persistence;

/// <summary>
/// SQLite files in a temp directory, prepared as the product prepares its journal (WAL). The raw baselines open their
/// connection with the plugin's own connection string, so journal mode and <c>synchronous</c> are the plugin's.
/// </summary>
internal sealed class SqliteBenchBackend : IBenchBackend
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ad-bench-sqlite-" + Guid.NewGuid().ToString("N"));
    private int _files;

    public string Name => "sqlite";

    public Task<JournalSettings> FreshAsync() =>
        Task.FromResult(JournalSettings.ForSqlite(Path.Combine(_directory, $"journal{++_files}.db")));

    public async Task<string> DescribeDurabilityAsync(JournalSettings settings)
    {
        await using var connection = await OpenAsync(settings);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; PRAGMA synchronous;";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var mode = reader.GetString(0);
        await reader.NextResultAsync();
        await reader.ReadAsync();
        var synchronous = reader.GetInt32(0) switch { 0 => "OFF", 1 => "NORMAL", 2 => "FULL", 3 => "EXTRA", var n => n.ToString() };
        return $"journal_mode={mode} synchronous={synchronous} (the plugin's connection string; raw uses the same)";
    }

    public async Task<TimeSpan> RawInsertAsync(JournalSettings settings, IReadOnlyList<RawRow> rows, int batchSize)
    {
        await using var connection = await OpenAsync(settings);
        var created = DateTime.UtcNow.Ticks;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO journal (persistence_id, sequence_number, deleted, created, manifest, message, identifier, writer_uuid) " +
                                 "VALUES (@pid, @seq, 0, @created, @manifest, @message, @identifier, @writer) RETURNING ordering";
            var pid = insert.Parameters.Add("@pid", SqliteType.Text);
            var seq = insert.Parameters.Add("@seq", SqliteType.Integer);
            insert.Parameters.Add("@created", SqliteType.Integer).Value = created;
            var manifest = insert.Parameters.Add("@manifest", SqliteType.Text);
            var message = insert.Parameters.Add("@message", SqliteType.Blob);
            var identifier = insert.Parameters.Add("@identifier", SqliteType.Integer);
            var writer = insert.Parameters.Add("@writer", SqliteType.Text);
            insert.Prepare();
            await using var tag = connection.CreateCommand();
            tag.Transaction = transaction;
            tag.CommandText = "INSERT INTO tags (ordering_id, tag, sequence_nr, persistence_id) VALUES (@ordering, @tag, @seq, @pid)";
            var tagOrdering = tag.Parameters.Add("@ordering", SqliteType.Integer);
            var tagName = tag.Parameters.Add("@tag", SqliteType.Text);
            var tagSeq = tag.Parameters.Add("@seq", SqliteType.Integer);
            var tagPid = tag.Parameters.Add("@pid", SqliteType.Text);
            tag.Prepare();
            for (var i = start; i < Math.Min(rows.Count, start + batchSize); i++)
            {
                var row = rows[i];
                (pid.Value, seq.Value, manifest.Value, message.Value, identifier.Value, writer.Value) =
                    (row.PersistenceId, row.SequenceNr, row.Manifest, row.Payload, row.SerializerId, row.WriterUuid);
                var ordering = (long)insert.ExecuteScalar()!; // sync: the fastest way to drive in-process SQLite
                foreach (var name in row.Tags)
                {
                    (tagOrdering.Value, tagName.Value, tagSeq.Value, tagPid.Value) = (ordering, name, row.SequenceNr, row.PersistenceId);
                    tag.ExecuteNonQuery();
                }
            }
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }

    public async Task<int> RawReadPerIdAsync(JournalSettings settings, IReadOnlyList<string> persistenceIds)
    {
        await using var connection = await OpenAsync(settings);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT ordering, sequence_number, deleted, created, manifest, message, identifier, writer_uuid FROM journal " +
                             "WHERE persistence_id = @pid AND sequence_number >= 1 ORDER BY sequence_number";
        var pid = select.Parameters.Add("@pid", SqliteType.Text);
        select.Prepare();
        var count = 0;
        foreach (var id in persistenceIds)
        {
            pid.Value = id;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                _ = (reader.GetInt64(0), reader.GetInt64(1), reader.GetBoolean(2), reader.GetInt64(3), reader.GetString(4),
                    (byte[])reader.GetValue(5), reader.GetInt32(6), reader.GetString(7));
                count++;
            }
        }
        return count;
    }

    private static async Task<SqliteConnection> OpenAsync(JournalSettings settings)
    {
        var connection = new SqliteConnection(settings.ConnectionString);
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
