namespace ActorDistribution.Actors.Cell;

/// <summary>
/// Runs the continuations of one async handler inside its cell, one at a time, with the message and
/// sender the handler started with.
/// </summary>
internal sealed class ActorSynchronizationContext(ActorCell cell, Envelope? envelope, int generation) : SynchronizationContext
{
    public ActorCell Cell { get; } = cell;
    public Envelope? Envelope { get; } = envelope;

    /// <summary>The cell's async generation when the handler started; a restart makes it stale.</summary>
    public int Generation { get; } = generation;

    public override void Post(SendOrPostCallback d, object? state) => Cell.SendSystemMessage(new RunContinuation(this, d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous sends into an actor would deadlock it.");

    public override SynchronizationContext CreateCopy() => this;
}
