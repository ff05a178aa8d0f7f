using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ActorDistribution.Persistence.Journal;

/// <summary>
/// Reads a source in chunks, fetching the next chunks on a background task while the caller works on the current one,
/// so that database reads and deserialization overlap during a long replay. A source that fits in the first chunk
/// is read inline, with no task or channel.
/// </summary>
internal static class ReadAhead
{
    private const int ChunksAhead = 4;

    public static async IAsyncEnumerable<List<T>> ChunksAsync<T>(IAsyncEnumerable<T> source, int chunkSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = source.GetAsyncEnumerator(cancellationToken);
        var first = await FillAsync(items, chunkSize).ConfigureAwait(false);
        if (first.Count < chunkSize)
        {
            if (first.Count > 0) yield return first;
            yield break;
        }

        var chunks = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(items, chunkSize, chunks.Writer, stop.Token), CancellationToken.None);
        try
        {
            yield return first;
            while (await chunks.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                while (chunks.Reader.TryRead(out var chunk)) yield return chunk;
            await producer.ConfigureAwait(false); // surfaces a read failure
        }
        finally
        {
            // The consumer stopped early or failed: stop the producer before the enumerator is disposed.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<T>(IAsyncEnumerator<T> items, int chunkSize, ChannelWriter<List<T>> writer, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var chunk = await FillAsync(items, chunkSize).ConfigureAwait(false);
                if (chunk.Count > 0) await writer.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (chunk.Count < chunkSize) return;
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static async ValueTask<List<T>> FillAsync<T>(IAsyncEnumerator<T> items, int chunkSize)
    {
        var chunk = new List<T>(chunkSize);
        while (chunk.Count < chunkSize && await items.MoveNextAsync().ConfigureAwait(false)) chunk.Add(items.Current);
        return chunk;
    }
}
