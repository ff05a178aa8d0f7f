using System.Data.Common;
using ActorDistribution.Persistence.Journal;
using ActorDistribution.Persistence.Sql;
using Microsoft.Data.Sqlite;

namespace ActorDistribution.Persistence.Tests.Sql;

public sealed class GroupCommitWriterTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "ad-gc-" + Guid.NewGuid().ToString("N") + ".db");
    private int _commits;

    public async Task InitializeAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await SqliteDialect.Instance.CreateSchemaAsync(connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={_file}");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private GroupCommitWriter Writer(TimeSpan maxBatchDelay) =>
        new(SqliteDialect.Instance, OpenAsync, PersistenceOptions.Default with { MaxBatchDelay = maxBatchDelay }, () => Interlocked.Increment(ref _commits));

    private static WriteRequest Append(string pid, long seq) =>
        WriteRequest.Append([new JournalRow(0, pid, seq, DateTimeOffset.UnixEpoch, "m", [1], "w", false, [])]);

    /// <summary>Holds the writer in an exclusive action so that <paramref name="requests"/> queue up and form one batch.</summary>
    private static async Task<Task[]> EnqueueAsOneBatchAsync(GroupCommitWriter writer, params WriteRequest[] requests)
    {
        var gate = new TaskCompletionSource();
        var held = writer.EnqueueAsync(WriteRequest.Exclusive((_, _, _) => gate.Task), CancellationToken.None);
        var writes = requests.Select(r => writer.EnqueueAsync(r, CancellationToken.None)).ToArray();
        gate.SetResult();
        await held;
        return writes;
    }

    [Fact]
    public async Task Writes_queued_together_commit_in_one_transaction()
    {
        await using var writer = Writer(TimeSpan.Zero);

        var writes = await EnqueueAsOneBatchAsync(writer, Append("w", 1), Append("x", 1), Append("y", 1), Append("z", 1));
        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, _commits);
        Assert.Equal(4, await CountRowsAsync());
    }

    [Fact]
    public async Task A_conflict_in_a_batch_fails_only_its_own_write()
    {
        await using var writer = Writer(TimeSpan.Zero);

        var writes = await EnqueueAsOneBatchAsync(writer, Append("x", 1), Append("x", 1), Append("y", 1), Append("z", 1));

        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try { await w.WaitAsync(TimeSpan.FromSeconds(30)); return null; }
            catch (JournalConflictException e) { return e; }
        }));

        Assert.Equal([false, true, false, false], outcomes.Select(e => e is not null));
        Assert.Equal(3, await CountRowsAsync());
    }

    [Fact]
    public async Task A_lone_writer_is_never_held_back_by_the_batch_delay_even_after_a_burst()
    {
        // An hour-long delay would time these writes out if the writer ever waited for a batch that does not come.
        await using var writer = Writer(TimeSpan.FromHours(1));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => writer.EnqueueAsync(Append($"burst{i}", 1), CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(30));

        for (var seq = 1; seq <= 20; seq++)
            await writer.EnqueueAsync(Append("lone", seq), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(70, await CountRowsAsync());
    }

    [Fact]
    public async Task Writes_queued_before_dispose_are_still_committed()
    {
        var writer = Writer(TimeSpan.Zero);
        var writes = Enumerable.Range(1, 100).Select(seq => writer.EnqueueAsync(Append("a", seq), CancellationToken.None)).ToArray();

        await writer.DisposeAsync();

        await Task.WhenAll(writes).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(100, await CountRowsAsync());
        Assert.Throws<ObjectDisposedException>(() => { _ = writer.EnqueueAsync(Append("a", 101), CancellationToken.None); });
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COUNT(*) FROM event_journal");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
