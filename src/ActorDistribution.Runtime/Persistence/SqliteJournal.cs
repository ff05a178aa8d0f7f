using Microsoft.Data.Sqlite;

namespace ActorDistribution.Runtime.Persistence;

/// <summary>The embedded SQLite journal file: its connection string and one-time preparation.</summary>
public static class SqliteJournal
{
    /// <summary>
    /// Connection string for the plugin and readers. Microsoft.Data.Sqlite retries a busy database for the command timeout,
    /// so <c>Default Timeout</c> is the busy timeout (linq2db leaves command timeouts at the connection's default).
    /// </summary>
    public static string ConnectionString(string path, TimeSpan busyTimeout) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        Pooling = true,
    }.ToString();

    /// <summary>
    /// Creates the file's directory and switches the file to WAL, before any actor system opens it. WAL is a property of
    /// the file (it persists), so doing it once here covers every connection linq2db opens later; WAL lets queries read
    /// while the journal writes.
    /// </summary>
    public static void Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var connection = new SqliteConnection(ConnectionString(full, TimeSpan.FromSeconds(30))))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite journal {full}: journal_mode stayed '{mode}', WAL refused (e.g. a network file system).");
        }
    }

    /// <summary>The journal_mode of the file, e.g. "wal".</summary>
    public static string JournalMode(string path)
    {
        using var connection = new SqliteConnection(ConnectionString(path, TimeSpan.FromSeconds(30)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Closes pooled connections to the file, so it can be moved or deleted once no actor system uses it.</summary>
    public static void Release(string path)
    {
        using var connection = new SqliteConnection(ConnectionString(path, TimeSpan.FromSeconds(30)));
        SqliteConnection.ClearPool(connection);
    }
}
