using System.Data.Common;
using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.InMemory;
using ActorDistribution.Persistence.Serialization;
using ActorDistribution.Persistence.Sql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActorDistribution.Persistence;

/// <summary>Opens stores. SQL stores create their tables on open (see <see cref="JournalSchema"/> for the DDL).</summary>
public static class PersistenceStores
{
    /// <summary>The embedded node's journal file, relative to the working directory.</summary>
    public static string DefaultSqlitePath => Path.Combine("data", "journal.db");

    /// <summary>An in-memory store; pass the same <paramref name="database"/> to a new store to simulate a restart.</summary>
    public static IPersistenceStore InMemory(EventSerializer serializer, IClock clock, InMemoryDatabase? database = null, PersistenceOptions? options = null)
    {
        database ??= new InMemoryDatabase();
        return new PersistenceStore(new InMemoryJournalStorage(database), new InMemorySnapshotStorage(database), serializer, clock,
            options ?? PersistenceOptions.Default);
    }

    /// <summary>A SQLite store in <paramref name="filePath"/> (created with its directory if missing), in WAL mode.</summary>
    public static async Task<IPersistenceStore> OpenSqliteAsync(string filePath, EventSerializer serializer, IClock clock,
        PersistenceOptions? options = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(filePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();

        // Microsoft.Data.Sqlite retries SQLITE_BUSY itself for up to the command timeout, so no busy_timeout pragma.
        async Task<DbConnection> Open(CancellationToken ct)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }

        async Task<DbConnection> OpenForWrites(CancellationToken ct)
        {
            var connection = await Open(ct).ConfigureAwait(false);
            // synchronous=NORMAL is durable against process crashes in WAL mode and avoids an fsync per commit.
            await using var pragma = connection.Command("PRAGMA synchronous = NORMAL;");
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }

        await using (var connection = await Open(cancellationToken).ConfigureAwait(false))
        {
            await using var wal = connection.Command("PRAGMA journal_mode = WAL;");
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await SqliteDialect.Instance.CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        return new PersistenceStore(new SqlJournalStorage(SqliteDialect.Instance, Open, OpenForWrites, options ?? PersistenceOptions.Default),
            new SqlSnapshotStorage(SqliteDialect.Instance, Open, OpenForWrites), serializer, clock, options ?? PersistenceOptions.Default,
            () =>
            {
                // Release the file: pooled connections would otherwise keep it open after the store is gone.
                using var connection = new SqliteConnection(connectionString);
                SqliteConnection.ClearPool(connection);
                return ValueTask.CompletedTask;
            });
    }

    /// <summary>A PostgreSQL store; the data source is created from <paramref name="connectionString"/> and owned by the store.</summary>
    public static async Task<IPersistenceStore> OpenPostgreSqlAsync(string connectionString, EventSerializer serializer, IClock clock,
        PersistenceOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The journal repeats a handful of statements: let Npgsql prepare them unless the caller decided otherwise.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        var dataSource = NpgsqlDataSource.Create(builder.ToString());
        try
        {
            return await OpenPostgreSqlAsync(dataSource, serializer, clock, options, ownsDataSource: true, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A PostgreSQL store over an existing data source (e.g. shared with the cluster code).</summary>
    public static async Task<IPersistenceStore> OpenPostgreSqlAsync(NpgsqlDataSource dataSource, EventSerializer serializer, IClock clock,
        PersistenceOptions? options = null, bool ownsDataSource = false, CancellationToken cancellationToken = default)
    {
        async Task<DbConnection> Open(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

        await using (var connection = await Open(cancellationToken).ConfigureAwait(false))
            await PostgreSqlDialect.Instance.CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
        return new PersistenceStore(new SqlJournalStorage(PostgreSqlDialect.Instance, Open, Open, options ?? PersistenceOptions.Default),
            new SqlSnapshotStorage(PostgreSqlDialect.Instance, Open, Open), serializer, clock, options ?? PersistenceOptions.Default,
            ownsDataSource ? dataSource.DisposeAsync : null);
    }
}
