using System.Globalization;
using System.Text;
using ActorDistribution.Hocon;
using Akka.Persistence.Sql;
using Microsoft.Data.Sqlite;
using AkkaConfig = Akka.Configuration.Config;

namespace ActorDistribution.Runtime.Persistence;

/// <summary>Which database holds the journal, snapshot store and read journal.</summary>
public enum JournalKind
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The HOCON <c>persistence</c> section, validated, and its translation into the Akka.Persistence.Sql plugin configuration.
/// </summary>
public sealed record JournalSettings
{
    public const string Section = "persistence";

    /// <summary>HOCON paths of the plugin sections this class writes.</summary>
    public const string JournalPluginId = "akka.persistence.journal.sql";
    public const string SnapshotPluginId = "akka.persistence.snapshot-store.sql";
    public const string QueryPluginId = "akka.persistence.query.journal.sql";

    /// <summary>linq2db provider names; pinned versions spare linq2db its provider detection on every connection.</summary>
    public const string SqliteProviderName = "SQLite.MS";
    public const string PostgreSqlProviderName = "PostgreSQL.15";

    public JournalKind Kind { get; init; } = JournalKind.Sqlite;

    /// <summary>Absolute path of the SQLite file (used when <see cref="Kind"/> is <see cref="JournalKind.Sqlite"/>).</summary>
    public string SqlitePath { get; init; } = Path.GetFullPath(DefaultSqlitePath);

    /// <summary>The embedded journal's file, relative to the working directory (as reference.conf says).</summary>
    public const string DefaultSqlitePath = "./data/journal.db";

    public TimeSpan SqliteBusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public string PostgreSqlConnectionString { get; init; } = "";

    public int WriteBatchSize { get; init; } = 100;

    public int WriteParallelism { get; init; } = 3;

    public int WriteBufferSize { get; init; } = 5000;

    public TimeSpan LivePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int QueryPageSize { get; init; } = 1000;

    /// <summary>Reads and validates <c>persistence</c> of <paramref name="config"/> (the root configuration).</summary>
    public static JournalSettings FromConfig(Config config)
    {
        var section = config.GetConfig(Section);
        var kindText = section.GetString("journal").Trim();
        var kind = kindText.ToLowerInvariant() switch
        {
            "sqlite" => JournalKind.Sqlite,
            "postgresql" => JournalKind.PostgreSql,
            _ => throw ValueError(section, "journal", "sqlite or postgresql"),
        };

        var settings = new JournalSettings
        {
            Kind = kind,
            SqliteBusyTimeout = Positive(section, "sqlite.busy-timeout"),
            WriteBatchSize = Positive(section, section.GetInt("write.batch-size"), "write.batch-size"),
            WriteParallelism = Positive(section, section.GetInt("write.parallelism"), "write.parallelism"),
            WriteBufferSize = Positive(section, section.GetInt("write.buffer-size"), "write.buffer-size"),
            LivePollInterval = Positive(section, "query.live-poll-interval"),
            QueryPageSize = Positive(section, section.GetInt("query.page-size"), "query.page-size"),
        };

        // Only the chosen database's settings must be usable: a SQLite node need not carry a valid PostgreSQL string.
        if (kind == JournalKind.Sqlite)
        {
            var path = section.GetString("sqlite.path");
            if (string.IsNullOrWhiteSpace(path)) throw ValueError(section, "sqlite.path", "the path of the SQLite journal file");
            settings = settings with { SqlitePath = Path.GetFullPath(path) };
        }
        else
        {
            var connectionString = section.GetString("postgresql.connection-string");
            if (string.IsNullOrWhiteSpace(connectionString))
                throw ValueError(section, "postgresql.connection-string", "an Npgsql connection string");
            settings = settings with { PostgreSqlConnectionString = connectionString };
        }
        return settings;
    }

    public static JournalSettings ForSqlite(string path) => new() { Kind = JournalKind.Sqlite, SqlitePath = Path.GetFullPath(path) };

    public static JournalSettings ForPostgreSql(string connectionString) =>
        new() { Kind = JournalKind.PostgreSql, PostgreSqlConnectionString = connectionString };

    public string ProviderName => Kind == JournalKind.Sqlite ? SqliteProviderName : PostgreSqlProviderName;

    /// <summary>The ADO.NET connection string the plugin (and <see cref="JournalReader"/>) uses.</summary>
    public string ConnectionString => Kind == JournalKind.Sqlite
        ? SqliteJournal.ConnectionString(SqlitePath, SqliteBusyTimeout)
        : PostgreSqlConnectionString;

    /// <summary>
    /// Readies the database before an actor system uses it: for SQLite the directory and WAL mode
    /// (see <see cref="SqliteJournal.Prepare"/>); PostgreSQL needs nothing (the plugin creates its tables).
    /// </summary>
    public void Prepare()
    {
        if (Kind == JournalKind.Sqlite) SqliteJournal.Prepare(SqlitePath);
    }

    /// <summary>
    /// The Akka configuration selecting the sql journal, snapshot store and read journal on this database,
    /// over the plugin's own defaults. Pure: call <see cref="Prepare"/> before the actor system starts.
    /// </summary>
    public AkkaConfig ToAkkaConfig() => Akka.Configuration.ConfigurationFactory.ParseString(ToHocon())
        .WithFallback(SqlPersistence.DefaultConfiguration);

    /// <summary>The HOCON text of <see cref="ToAkkaConfig"/> (without the plugin defaults), e.g. for logging.</summary>
    public string ToHocon()
    {
        var connection = Quote(ConnectionString);
        var provider = Quote(ProviderName);
        var hocon = new StringBuilder();
        hocon.Append(CultureInfo.InvariantCulture, $$"""
            akka.persistence {
              journal {
                plugin = {{Quote(JournalPluginId)}}
                sql {
                  connection-string = {{connection}}
                  provider-name = {{provider}}
                  table-mapping = default
                  # Tables are created when the journal starts, so a fresh database works without a migration step.
                  auto-initialize = on
                  # Tags go to their own table so events-by-tag is an indexed lookup, not a LIKE over the journal.
                  tag-write-mode = TagTable
                  batch-size = {{WriteBatchSize}}
                  parallelism = {{WriteParallelism}}
                  buffer-size = {{WriteBufferSize}}
                  replay-batch-size = {{QueryPageSize}}
                  read-isolation-level = {{ReadIsolationLevel}}
                  tagtable-asqueryable-insert-mode = {{TagInsertMode}}
                }
              }
              snapshot-store {
                plugin = {{Quote(SnapshotPluginId)}}
                sql {
                  connection-string = {{connection}}
                  provider-name = {{provider}}
                  table-mapping = default
                  auto-initialize = on
                  read-isolation-level = {{ReadIsolationLevel}}
                }
              }
              query.journal.sql {
                connection-string = {{connection}}
                provider-name = {{provider}}
                write-plugin = {{Quote(JournalPluginId)}}
                table-mapping = default
                tag-read-mode = TagTable
                refresh-interval = {{Millis(LivePollInterval)}}
                max-buffer-size = {{QueryPageSize}}
                replay-batch-size = {{QueryPageSize}}
                # The ordering-gap tracker waits this long before re-reading; tuned with refresh-interval, or live queries lag by it.
                journal-sequence-retrieval.query-delay = {{Millis(LivePollInterval)}}
                read-isolation-level = {{ReadIsolationLevel}}
              }
            }
            """);
        return hocon.ToString();
    }

    /// <summary>
    /// The isolation level of the plugin's read transactions (journal replay and highest sequence number, snapshot loads, queries).
    /// On SQLite, Microsoft.Data.Sqlite opens a transaction of level unspecified (the plugin's default) as <c>BEGIN IMMEDIATE</c>,
    /// which takes the database's single write lock: every read then queues on it, and each one that finds it taken sleeps 150 ms
    /// before retrying (a fifth of all thread time of a 1,000-actor recovery, in a profile). <c>read-uncommitted</c> is the one level
    /// it opens deferred (<c>BEGIN</c>): a WAL read snapshot, no lock. Without a shared cache (this connection string has none) SQLite
    /// reads only committed data at every level, so nothing uncommitted is read. Measured on the recovery benchmark (2 runs each,
    /// same run as the baseline): recover.sqlite.ratio 0.05-0.06 against 0.02-0.03. PostgreSQL keeps its default (read committed).
    /// </summary>
    private string ReadIsolationLevel => Kind == JournalKind.Sqlite ? "read-uncommitted" : "unspecified";

    /// <summary>
    /// How the plugin writes the tag rows of a batch. On PostgreSQL <c>parameterized</c> roughly doubled tagged PersistAll
    /// throughput on the group benchmark (2 paired runs, 1,000 actors, fsync on: 4206 and 4340 events/s, ratio 0.34 and 0.42,
    /// against 1890 and 2128 events/s, ratio 0.09 and 0.08, with the plugin's default, off). SQLite keeps off (not measured).
    /// </summary>
    private string TagInsertMode => Kind == JournalKind.PostgreSql ? "parameterized" : "off";

    /// <summary>A HOCON quoted string: JSON escapes, so paths and passwords with quotes, backslashes or <c>${</c> survive.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                default:
                    if (char.IsControl(c)) quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private static string Millis(TimeSpan span) => Math.Max(1L, (long)Math.Ceiling(span.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms";

    private static TimeSpan Positive(Config section, string path)
    {
        var span = section.GetTimeSpan(path);
        return span > TimeSpan.Zero ? span : throw ValueError(section, path, "a positive duration");
    }

    private static int Positive(Config section, int value, string path) =>
        value > 0 ? value : throw ValueError(section, path, "a positive integer");

    private static HoconException ValueError(Config section, string path, string expected)
    {
        var value = section.GetValue(path);
        return new HoconException(value.Origin, $"setting '{section.Location}.{path}': found {value.Describe()}, expected {expected}");
    }
}
