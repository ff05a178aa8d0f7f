namespace ActorDistribution.Persistence.Tests;

internal static class AsyncEnumerableExtensions
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }

    /// <summary>The first <paramref name="count"/> items of a live stream; fails if they do not come in time.</summary>
    public static async Task<List<T>> TakeAsync<T>(this Func<CancellationToken, IAsyncEnumerable<T>> source, int count)
    {
        using var cts = new CancellationTokenSource(Generous);
        var list = new List<T>();
        await foreach (var item in source(cts.Token))
        {
            list.Add(item);
            if (list.Count == count) break;
        }
        return list;
    }
}
