namespace ActorDistribution.Persistence.Sql;

/// <summary>The DDL the stores run on first use, for DBAs who create the tables themselves.</summary>
public static class JournalSchema
{
    public static string ForSqlite() => SqliteDialect.Instance.Ddl;

    public static string ForPostgreSql() => PostgreSqlDialect.Instance.Ddl;
}
