namespace ActorDistribution.Persistence.Journal;

/// <summary>Wakes live queries of this process when the journal commits; other processes' writes are found by polling.</summary>
internal sealed class JournalNotifier
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Take this BEFORE reading, then await it after: a write in between is not missed.</summary>
    public Task NextWrite => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
