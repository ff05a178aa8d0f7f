using System.CommandLine;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;
using Npgsql;

namespace ActorDistribution.Shell.Commands;

/// <summary>
/// <c>persistence ddl [--dialect sqlite|postgresql]</c>: the tables Akka.Persistence.Sql creates (journal, tags,
/// snapshot), for DBAs who create or review them by hand. SQLite's are read from a scratch file the plugin set
/// up; PostgreSQL's from the configured database (where a node would create them on start anyway).
/// </summary>
public static class PersistenceCommands
{
    public static Command Create(TextWriter output, TextWriter error, Config config)
    {
        var dialect = new Option<string>("--dialect")
        {
            Description = "SQL dialect of the statements (default: the configured persistence.journal)",
            DefaultValueFactory = _ => config.GetString("persistence.journal"),
        };
        dialect.AcceptOnlyFromAmong("sqlite", "postgresql");

        var ddl = new Command("ddl", "Print the CREATE statements of the journal, tag and snapshot tables");
        ddl.Options.Add(dialect);
        ddl.SetAction(async (parsed, cancellation) =>
        {
            var configured = JournalSettings.FromConfig(config);
            // SQLite: the plugin sets up a scratch file of its own, so any path serves.
            var settings = parsed.GetValue(dialect) == "sqlite"
                ? configured with { Kind = JournalKind.Sqlite }
                // FromConfig reads only the chosen journal's settings: a SQLite node's config still names the PostgreSQL database.
                : configured with
                {
                    Kind = JournalKind.PostgreSql,
                    PostgreSqlConnectionString = config.GetString($"{JournalSettings.Section}.postgresql.connection-string"),
                };
            try
            {
                // The plugin would retry an unreachable server until the initialization times out; say what is wrong at once.
                if (settings.Kind == JournalKind.PostgreSql) await EnsureReachableAsync(settings.ConnectionString, cancellation);
                foreach (var statement in await PersistenceDdl.GetStatementsAsync(settings, cancellation))
                    output.WriteLine(statement.TrimEnd().TrimEnd(';') + ";");
                return 0;
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                error.WriteLine($"error: persistence ddl: {problem.GetBaseException().Message}");
                return 1;
            }
        });

        var persistence = new Command("persistence", "The event journal's storage");
        persistence.Subcommands.Add(ddl);
        return persistence;
    }

    private static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellation)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync(cancellation);
        }
        catch (Exception problem) when (problem is NpgsqlException or TimeoutException)
        {
            // No inner exception: the verb prints the innermost message, which would drop the server name.
            throw new InvalidOperationException($"postgresql://{builder.Host}:{builder.Port}/{builder.Database}: {problem.Message}");
        }
    }
}
