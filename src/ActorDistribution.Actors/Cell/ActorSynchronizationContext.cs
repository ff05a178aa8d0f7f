namespace ActorDistribution.Actors.Cell;

/// <summary>
/// Runs the continuations of one async handler inside its cell, one at a time, with the message and
/// sender the handler started with.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell, Envelope? envelope, int generation) : SynchronizationContext
{
    private int _counted;

    public ActorCell Cell { get; } = cell;

    /// <summary>Counts this handler as work in progress until <see cref="Release"/>.</summary>
    public void Count()
    {
        Cell.SystemImpl.BusyCells.Increment();
        Volatile.Write(ref _counted, 1);
    }

    /// <summary>Stops counting this handler (once, whoever gets here first: its completion, a stop or a restart).</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _counted, 0) == 1) Cell.SystemImpl.BusyCells.Decrement();
    }
    public Envelope? Envelope { get; } = envelope;

    /// <summary>The cell's async generation when the handler started; a restart makes it stale.</summary>
    public int Generation { get; } = generation;

    public override void Post(SendOrPostCallback d, object? state) => Cell.SendSystemMessage(new RunContinuation(this, d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous sends into an actor would deadlock it.");

    public override SynchronizationContext CreateCopy() => this;
}
