using System.CommandLine;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Shell.Commands;

/// <summary>Where the journal is and how to read it: each audit verb has its own options, as an option belongs to one command.</summary>
internal sealed class AuditJournalOptions(AuditJournalDefaults defaults)
{
    public Func<EventCodec> Serializer { get; } = defaults.Serializer;

    public Option<string> Journal { get; } = new("--journal")
    {
        HelpName = "file",
        Description = "The SQLite journal file (never created by the audit)",
        DefaultValueFactory = _ => defaults.SqlitePath,
    };

    public Option<string?> Postgres { get; } = new("--postgres") { HelpName = "connection-string", Description = "A PostgreSQL connection string, instead of --journal" };

    public void AddTo(Command command)
    {
        command.Options.Add(Journal);
        command.Options.Add(Postgres);
    }
}
