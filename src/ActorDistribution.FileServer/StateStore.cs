using System.Text.Json;
using ActorDistribution.Shares;
using ActorDistribution.Shares.Remote;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.FileServer;

/// <summary>
/// Keeps the share host's bookkeeping (sessions, held handles, revoked access, messages) in a small SQLite
/// file, rewritten after every change, so the file server's sessions outlive its process.
/// </summary>
internal sealed class StateStore
{
    private readonly string _connectionString;
    private readonly object _gate = new();
    private readonly TimeProvider _clock;

    public StateStore(string file, TimeProvider clock)
    {
        _clock = clock;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "CREATE TABLE IF NOT EXISTS host_state (id INTEGER PRIMARY KEY CHECK (id = 1), saved_at TEXT NOT NULL, state TEXT NOT NULL);");
    }

    public ShareHostState? Load()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM host_state WHERE id = 1;";
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<ShareHostState>(json, ShareWire.Json) : null;
    }

    /// <summary>Exports and saves under one lock, so an older state never overwrites a newer one.</summary>
    public void Save(Func<ShareHostState> export)
    {
        lock (_gate)
        {
            var json = JsonSerializer.Serialize(export(), ShareWire.Json);
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO host_state (id, saved_at, state) VALUES (1, $at, $state) ON CONFLICT (id) DO UPDATE SET saved_at = $at, state = $state;";
            command.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O"));
            command.Parameters.AddWithValue("$state", json);
            command.ExecuteNonQuery();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
