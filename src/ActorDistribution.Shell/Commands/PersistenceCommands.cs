using System.CommandLine;
using ActorDistribution.Hocon;
using ActorDistribution.Runtime.Persistence;

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
            // SQLite: the plugin sets up a scratch file of its own; PostgreSQL: the configured database.
            var settings = configured with { Kind = parsed.GetValue(dialect) == "sqlite" ? JournalKind.Sqlite : JournalKind.PostgreSql };
            try
            {
                foreach (var statement in await PersistenceDdl.GetStatementsAsync(settings, cancellation))
                    output.WriteLine(statement.TrimEnd().TrimEnd(';') + ";");
                return 0;
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                error.WriteLine($"persistence ddl: {problem.GetBaseException().Message}");
                return 1;
            }
        });

        var persistence = new Command("persistence", "The event journal's storage");
        persistence.Subcommands.Add(ddl);
        return persistence;
    }
}
