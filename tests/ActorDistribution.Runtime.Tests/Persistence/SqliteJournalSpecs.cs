using Akka.Actor;
using ActorDistribution.Runtime.Persistence;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Runtime.Tests.Persistence;

public sealed class SqliteJournalSpecs : JournalSpecs
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ad-jrn-" + Guid.NewGuid().ToString("N")[..12]);

    public override Task InitializeAsync()
    {
        // A directory that does not exist yet: Prepare must create it.
        Settings = JournalSettings.ForSqlite(Path.Combine(_directory, "nested", "journal.db"));
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        SqliteJournal.Release(Settings.SqlitePath);
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public void Prepare_creates_the_directory_and_puts_the_file_in_WAL_mode()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(Settings.SqlitePath)));
        Settings.Prepare();
        Assert.Equal("wal", SqliteJournal.JournalMode(Settings.SqlitePath), ignoreCase: true);
    }

    [Fact]
    public async Task The_file_is_still_in_WAL_mode_after_the_plugin_wrote_to_it()
    {
        Settings.Prepare();
        var system = ActorSystem.Create("wal-spec", Settings.ToAkkaConfig());
        try
        {
            await system.ActorOf(Basket.Props("wal")).Ask<Basket.Added>(new Basket.Add("x", "t"), TimeSpan.FromSeconds(30));
            Assert.Equal("wal", SqliteJournal.JournalMode(Settings.SqlitePath), ignoreCase: true);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public void The_connection_string_carries_the_busy_timeout()
    {
        var settings = Settings with { SqliteBusyTimeout = TimeSpan.FromSeconds(7) };
        Assert.Equal(7, new SqliteConnectionStringBuilder(settings.ConnectionString).DefaultTimeout);
    }

    protected override async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
