using System.Diagnostics;
using ActorDistribution.Runtime.Persistence;
using static ActorDistribution.Shell.Tests.ShellRun;

namespace ActorDistribution.Shell.Tests;

public sealed class PersistenceDdlSpec
{
    private static readonly string[] Tables = [JournalReader.JournalTable, JournalReader.TagTable, JournalReader.SnapshotTable];

    /// <summary>Asserts one CREATE TABLE per plugin table (journal, tags, snapshot), in either dialect's quoting.</summary>
    internal static void AssertCreatesThePluginTables(string output)
    {
        Assert.Equal(["journal", "tags", "snapshot"], Tables);
        foreach (var table in Tables)
            Assert.Matches($@"CREATE TABLE \[?{table}\]?\s*\(", output);
    }

    [Fact]
    public void Sqlite_ddl_prints_the_plugins_tables_and_their_indexes()
    {
        var (code, output, error) = Run("persistence", "ddl", "--dialect", "sqlite");

        Assert.Equal((0, ""), (code, error));
        AssertCreatesThePluginTables(output);
        Assert.Contains("AUTOINCREMENT", output);
        Assert.Contains("CREATE UNIQUE INDEX journal_uq ON journal (persistence_id, sequence_number);", output);
    }

    [Fact]
    public void An_unknown_dialect_is_refused_with_the_allowed_values()
    {
        var (code, _, error) = Run("persistence", "ddl", "--dialect", "mysql");
        Assert.Equal(1, code);
        Assert.Contains("sqlite", error);
        Assert.Contains("postgresql", error);
    }

    [Fact]
    public void An_unreachable_postgres_is_one_error_line_naming_the_server()
    {
        var (code, output, error) = Run("-D", "persistence.postgresql.connection-string=Host=127.0.0.1;Port=1;Database=journal;Timeout=2",
            "persistence", "ddl", "--dialect", "postgresql");

        Assert.Equal((1, ""), (code, output));
        Assert.StartsWith("error: persistence ddl: postgresql://127.0.0.1:1/journal: ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    /// <summary>Out of process, as a DBA redirects it to a file: nothing but SQL on stdout (no actor system log lines).</summary>
    [Fact]
    public async Task The_shell_process_writes_only_statements_to_stdout()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "adshell.dll"), "persistence", "ddl", "--dialect", "sqlite" })
            start.ArgumentList.Add(argument);
        using var shell = Process.Start(start)!;
        var stdout = shell.StandardOutput.ReadToEndAsync();
        var stderr = shell.StandardError.ReadToEndAsync();
        await shell.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal((0, ""), (shell.ExitCode, await stderr));
        var output = await stdout;
        AssertCreatesThePluginTables(output);
        var statements = output.Split(";", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.All(statements, statement => Assert.Matches("^CREATE (UNIQUE )?(TABLE|INDEX) ", statement));
    }
}

/// <summary><c>persistence ddl --dialect postgresql</c> on the configured database, a fresh one of a PostgreSQL server per spec.</summary>
public sealed class PersistenceDdlPostgresSpec(AuditPostgresServer server) : IClassFixture<AuditPostgresServer>, IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await ThrowawayPostgresServer.CreateDatabaseAsync(server.ConnectionString);

    public Task DisposeAsync() => ThrowawayPostgresServer.DropDatabaseAsync(server.ConnectionString, _database);

    [Fact]
    public void Postgresql_ddl_prints_the_plugins_tables_of_the_configured_database()
    {
        var (code, output, error) = Run("-D", $"persistence.postgresql.connection-string={_database}", "persistence", "ddl", "--dialect", "postgresql");

        Assert.Equal((0, ""), (code, error));
        PersistenceDdlSpec.AssertCreatesThePluginTables(output);
        Assert.Contains("GENERATED", output);
        Assert.Contains("CONSTRAINT journal_uq UNIQUE (persistence_id, sequence_number)", output);
    }
}
