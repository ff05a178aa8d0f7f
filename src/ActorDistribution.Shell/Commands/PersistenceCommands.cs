using System.CommandLine;
using ActorDistribution.Persistence.Sql;

namespace ActorDistribution.Shell.Commands;

/// <summary><c>persistence ddl [--dialect sqlite|postgresql]</c>: the journal's tables, for DBAs who create them by hand.</summary>
public static class PersistenceCommands
{
    public static Command Create(TextWriter output)
    {
        var dialect = new Option<string>("--dialect")
        {
            Description = "SQL dialect of the statements",
            DefaultValueFactory = _ => "postgresql",
        };
        dialect.AcceptOnlyFromAmong("sqlite", "postgresql");

        var ddl = new Command("ddl", "Print the CREATE statements of the journal, tag and snapshot tables");
        ddl.Options.Add(dialect);
        ddl.SetAction(parsed =>
        {
            output.WriteLine(parsed.GetValue(dialect) == "sqlite" ? JournalSchema.ForSqlite() : JournalSchema.ForPostgreSql());
            return 0;
        });

        var persistence = new Command("persistence", "The event journal's storage");
        persistence.Subcommands.Add(ddl);
        return persistence;
    }
}
