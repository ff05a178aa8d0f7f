using ActorDistribution.Actors.Time;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Sql;
using ActorDistribution.Persistence.Tests.Events;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Persistence.Tests.Sql;

public sealed class JournalSchemaTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public void The_printed_ddl_declares_the_three_tables_and_the_fencing_key(string dialect)
    {
        var ddl = dialect == "sqlite" ? JournalSchema.ForSqlite() : JournalSchema.ForPostgreSql();

        foreach (var table in new[] { "event_journal", "event_tag", "snapshot" })
            Assert.Contains($"CREATE TABLE IF NOT EXISTS {table}", ddl);
        Assert.Contains("UNIQUE (persistence_id, sequence_nr)", ddl);
    }

    [Fact]
    public async Task A_store_works_on_tables_a_dba_created_from_the_printed_ddl()
    {
        var file = Path.Combine(Path.GetTempPath(), "ad-ddl-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                await using var command = connection.Command(JournalSchema.ForSqlite());
                await command.ExecuteNonQueryAsync();
            }

            await using var store = await PersistenceStores.OpenSqliteAsync(file, TestSerializers.Current(), new VirtualScheduler());
            await store.Journal.WriteMessagesAsync(new AtomicWrite(new PersistentRepr("a", 1, new ItemAdded("x", 1))));
            Assert.Equal(1, await store.Journal.ReadHighestSequenceNrAsync("a", 0));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
