using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ActorDistribution.Runtime.Persistence;

/// <summary>
/// A private PostgreSQL server for tests and benchmarks: initdb into a temp dir, start on a free loopback port,
/// stop (immediate) and delete on dispose. PostgreSQL refuses to run as root, so as root it runs as user postgres.
/// Durability is off (fsync) because the data is thrown away, unless asked for (<c>durable</c>: benchmarks that
/// compare against a durable deployment).
/// <see cref="StartOrAttachAsync"/> uses the server named by <see cref="EnvironmentVariable"/> instead, when set (CI, docker-compose).
/// </summary>
public sealed class ThrowawayPostgresServer : IAsyncDisposable
{
    /// <summary>Connection string of a ready server (superuser, may create databases) to use instead of starting one.</summary>
    public const string EnvironmentVariable = "ACTORDISTRIBUTION_TEST_POSTGRES";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private readonly string _directory;
    private readonly string _pgCtl;
    private readonly bool _asPostgresUser;
    private readonly bool _attached;

    private ThrowawayPostgresServer(string connectionString)
    {
        _attached = true;
        _directory = "";
        _pgCtl = "";
        ConnectionString = connectionString;
        Port = new NpgsqlConnectionStringBuilder(connectionString).Port;
    }

    private ThrowawayPostgresServer(string directory, string pgCtl, bool asPostgresUser, int port)
    {
        _directory = directory;
        _pgCtl = pgCtl;
        _asPostgresUser = asPostgresUser;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = true, MaxPoolSize = 50,
        }.ToString();
    }

    public int Port { get; }

    /// <summary>True when this is the server of <see cref="EnvironmentVariable"/>: disposing leaves it running.</summary>
    public bool IsAttached => _attached;

    /// <summary>Connection string of the server's "postgres" database (superuser, trust auth).</summary>
    public string ConnectionString { get; }

    /// <summary>Finds a PostgreSQL program on PATH or in the usual install locations; null if absent.</summary>
    public static string? FindBinary(string name)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/local/bin").Append("/usr/local/pgsql/bin")
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                : []);
        return dirs.Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>The server of <see cref="EnvironmentVariable"/> if set, otherwise a freshly started throwaway one.</summary>
    public static Task<ThrowawayPostgresServer> StartOrAttachAsync(CancellationToken cancellationToken = default) =>
        StartOrAttachAsync(durable: false, cancellationToken);

    /// <param name="durable">Start the server with fsync, synchronous_commit and full_page_writes on (an attached server is taken as it is).</param>
    public static Task<ThrowawayPostgresServer> StartOrAttachAsync(bool durable, CancellationToken cancellationToken = default)
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(given)
            ? StartAsync(durable, cancellationToken)
            : Task.FromResult(new ThrowawayPostgresServer(given));
    }

    /// <summary>Starts a server; throws <see cref="InvalidOperationException"/> with a clear message when PostgreSQL is not installed.</summary>
    public static Task<ThrowawayPostgresServer> StartAsync(CancellationToken cancellationToken = default) => StartAsync(durable: false, cancellationToken);

    /// <param name="durable">fsync, synchronous_commit and full_page_writes on (PostgreSQL's defaults) instead of off.</param>
    public static async Task<ThrowawayPostgresServer> StartAsync(bool durable, CancellationToken cancellationToken = default)
    {
        var initdb = FindBinary("initdb");
        var pgCtl = FindBinary("pg_ctl");
        if (initdb is null || pgCtl is null)
            throw new InvalidOperationException(
                $"PostgreSQL binaries (initdb, pg_ctl) not found on PATH: install PostgreSQL, or set {EnvironmentVariable} to a connection string");
        var asPostgresUser = Environment.UserName == "root";
        var directory = Path.Combine(Path.GetTempPath(), "ad-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var port = FreePort();
        var server = new ThrowawayPostgresServer(directory, pgCtl, asPostgresUser, port);
        try
        {
            if (asPostgresUser) await RunAsync("chown", ["-R", "postgres", directory], directory, false, cancellationToken).ConfigureAwait(false);
            var data = Path.Combine(directory, "data");
            await RunAsync(initdb, ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], directory, asPostgresUser, cancellationToken)
                .ConfigureAwait(false);
            var durability = durable ? "on" : "off";
            var settings = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={directory} -c fsync={durability} " +
                           $"-c synchronous_commit={durability} -c full_page_writes={durability} -c max_connections=200";
            await RunAsync(pgCtl, ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", settings, "start"],
                directory, asPostgresUser, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) => CreateDatabaseAsync(ConnectionString, cancellationToken);

    /// <summary>Creates an empty database with a unique name on the server of <paramref name="serverConnectionString"/>.</summary>
    public static async Task<string> CreateDatabaseAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var name = "ad_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync(string, CancellationToken)"/>, even if connections are left.</summary>
    public static async Task DropDatabaseAsync(string serverConnectionString, string databaseConnectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(databaseConnectionString).Database;
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_attached) return;
        try
        {
            var data = Path.Combine(_directory, "data");
            if (Directory.Exists(data))
                await RunAsync(_pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], _directory, _asPostgresUser, CancellationToken.None)
                    .ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Not running (start failed): nothing to stop.
        }
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory, bool asPostgresUser, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(CommandTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
    }
}
