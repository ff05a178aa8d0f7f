using ActorDistribution.Distribution.Audit;

namespace ActorDistribution.Distribution.Tests.Audit;

public sealed class AuditSourceSpec : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_missing_journal_file_is_a_clear_error_and_is_not_created()
    {
        var path = Path.Combine(folder.Path, "data", "journal.db");

        var problem = await Assert.ThrowsAsync<AuditSourceException>(() => AuditSource.OpenSqliteAsync(path));

        Assert.Equal($"{path}: no such journal file", problem.Message);
        Assert.False(File.Exists(path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task A_file_that_is_not_a_journal_is_refused_and_left_untouched()
    {
        var path = folder.Write("notes.txt", "not a database");

        var problem = await Assert.ThrowsAsync<AuditSourceException>(() => AuditSource.OpenSqliteAsync(path));

        Assert.StartsWith($"{path}: not a readable SQLite journal", problem.Message);
        Assert.Equal("not a database", File.ReadAllText(path));
    }

    [Fact]
    public async Task A_bad_postgres_connection_string_is_a_clear_error()
    {
        var problem = await Assert.ThrowsAsync<AuditSourceException>(() => AuditSource.OpenPostgreSqlAsync("Hots=nowhere"));

        Assert.StartsWith("--postgres: not a valid connection string", problem.Message);
    }
}
