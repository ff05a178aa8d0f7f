using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Persistence.Sql;

/// <summary>SQLite: timestamps as unix milliseconds, booleans as 0/1, ordering as AUTOINCREMENT rowid (never reused).</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string Ddl => """
        CREATE TABLE IF NOT EXISTS event_journal (
            ordering       INTEGER PRIMARY KEY AUTOINCREMENT,
            persistence_id TEXT    NOT NULL,
            sequence_nr    INTEGER NOT NULL,
            created_at     INTEGER NOT NULL, -- unix milliseconds, UTC
            manifest       TEXT    NOT NULL,
            payload        BLOB    NOT NULL, -- UTF-8 JSON
            writer         TEXT    NOT NULL,
            deleted        INTEGER NOT NULL DEFAULT 0,
            UNIQUE (persistence_id, sequence_nr)
        );
        CREATE TABLE IF NOT EXISTS event_tag (
            ordering INTEGER NOT NULL REFERENCES event_journal (ordering),
            tag      TEXT    NOT NULL,
            PRIMARY KEY (tag, ordering)
        );
        CREATE INDEX IF NOT EXISTS event_tag_ordering ON event_tag (ordering);
        CREATE TABLE IF NOT EXISTS snapshot (
            persistence_id TEXT    NOT NULL,
            sequence_nr    INTEGER NOT NULL,
            created_at     INTEGER NOT NULL, -- unix milliseconds, UTC
            manifest       TEXT    NOT NULL,
            payload        BLOB    NOT NULL, -- UTF-8 JSON
            PRIMARY KEY (persistence_id, sequence_nr)
        );
        """;

    public override bool SynchronousIo => true;
    public override string True => "1";
    public override string False => "0";
    public override string TagsAggregate => "group_concat(t.tag, char(31))";

    public override object ToDb(DateTimeOffset timestamp) => timestamp.ToUnixTimeMilliseconds();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    // SQLITE_CONSTRAINT_UNIQUE (2067) and _PRIMARYKEY (1555).
    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
