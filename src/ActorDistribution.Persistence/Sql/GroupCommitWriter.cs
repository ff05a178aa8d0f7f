using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using ActorDistribution.Persistence.Journal;

namespace ActorDistribution.Persistence.Sql;

/// <summary>
/// The single writer of a store: it drains queued atomic writes of all actors into one transaction (group commit).
/// It writes at once whatever is queued; it only lingers (yielding, up to MaxBatchDelay) for writers it has just
/// answered, since those usually come straight back. When a batch fails, its writes are retried one by one so that only the
/// offending write fails.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqlDialect _dialect;
    private readonly Func<CancellationToken, Task<DbConnection>> _openConnection;
    private readonly PersistenceOptions _options;
    private readonly Action _onCommitted;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DbConnection? _connection;
    private WriteRequest? _carry;

    public GroupCommitWriter(SqlDialect dialect, Func<CancellationToken, Task<DbConnection>> openConnection, PersistenceOptions options, Action onCommitted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        _dialect = dialect;
        _openConnection = openConnection;
        _options = options;
        _onCommitted = onCommitted;
        _loop = Task.Run(RunAsync);
    }

    public Task EnqueueAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(request)) throw new ObjectDisposedException(nameof(GroupCommitWriter), "the journal is closed");
        // A cancelled caller stops waiting; the write itself may still happen (as with any database call).
        return request.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(_options.MaxBatchSize);
        var expected = 0;
        Exception closed = new ObjectDisposedException(nameof(GroupCommitWriter), "the journal was closed before this write ran");
        try
        {
            while (_carry is not null || await _queue.Reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                batch.Clear();
                if (Drain(batch) == 0) continue;
                if (batch.Count < expected && _options.MaxBatchDelay > TimeSpan.Zero && batch[^1].Rows is not null)
                    await LingerAsync(batch, expected).ConfigureAwait(false);
                expected = batch[0].Action is null ? batch.Count : 0;
                await ExecuteAsync(batch).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // A bug in the loop itself: fail every write loudly rather than leave callers waiting forever.
            closed = new InvalidOperationException("the journal writer stopped unexpectedly", e);
        }
        _queue.Writer.TryComplete();
        foreach (var request in batch) request.Completion.TrySetException(closed);
        _carry?.Completion.TrySetException(closed);
        while (_queue.Reader.TryRead(out var left)) left.Completion.TrySetException(closed);
    }

    /// <summary>Adds queued appends up to the batch size; an exclusive action always travels alone.</summary>
    private int Drain(List<WriteRequest> batch)
    {
        var before = batch.Count;
        while (batch.Count < _options.MaxBatchSize)
        {
            WriteRequest? next;
            if (_carry is not null) (next, _carry) = (_carry, null);
            else if (!_queue.Reader.TryRead(out next)) break;
            if (next.Action is not null && batch.Count > 0)
            {
                _carry = next;
                break;
            }
            batch.Add(next);
            if (next.Action is not null) break;
        }
        return batch.Count - before;
    }

    /// <summary>
    /// Yields to let just-answered writers enqueue again, while each round brings more, up to MaxBatchDelay.
    /// Never sleeps: when nobody comes back, the batch goes at once.
    /// </summary>
    private async Task LingerAsync(List<WriteRequest> batch, int expected)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(_options.MaxBatchDelay.TotalSeconds * Stopwatch.Frequency);
        while (batch.Count < expected && batch.Count < _options.MaxBatchSize && _carry is null && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Yield();
            if (Drain(batch) == 0) break;
        }
    }

    private async Task ExecuteAsync(List<WriteRequest> batch)
    {
        try
        {
            await InTransactionAsync(batch).ConfigureAwait(false);
            foreach (var request in batch) request.Completion.TrySetResult();
            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            batch[0].Completion.TrySetException(Translate(batch[0], e));
            return;
        }
        catch (Exception)
        {
            // Fall through: find the offending write(s) one by one.
        }
        foreach (var request in batch)
        {
            try
            {
                await InTransactionAsync([request]).ConfigureAwait(false);
                request.Completion.TrySetResult();
            }
            catch (Exception e)
            {
                request.Completion.TrySetException(Translate(request, e));
            }
        }
    }

    private async Task InTransactionAsync(IReadOnlyList<WriteRequest> requests)
    {
        var connection = _connection ??= await _openConnection(_stop.Token).ConfigureAwait(false);
        try
        {
            if (requests[0].Action is { } action)
            {
                await using var transaction = await connection.BeginTransactionAsync(_stop.Token).ConfigureAwait(false);
                await action(connection, transaction, _stop.Token).ConfigureAwait(false);
                await transaction.CommitAsync(_stop.Token).ConfigureAwait(false);
                return;
            }
            await _dialect.AppendAsync(connection, Rows(requests), _stop.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!_dialect.IsUniqueViolation(e))
        {
            // The connection may be broken: start the next transaction on a fresh one.
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        _onCommitted();
    }

    private static List<JournalRow> Rows(IReadOnlyList<WriteRequest> requests)
    {
        var rows = new List<JournalRow>();
        foreach (var request in requests) rows.AddRange(request.Rows!);
        return rows;
    }

    private Exception Translate(WriteRequest request, Exception e) =>
        request.Rows is { } rows && _dialect.IsUniqueViolation(e)
            ? new JournalConflictException(rows[0].PersistenceId, rows[0].SequenceNr, rows[^1].SequenceNr, e)
            : e;

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // Let queued writes finish; the loop ends when the queue is drained.
        await _loop.ConfigureAwait(false);
        _stop.Cancel();
        if (_connection is not null) await _connection.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
