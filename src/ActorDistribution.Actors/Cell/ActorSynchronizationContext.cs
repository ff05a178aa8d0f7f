namespace ActorDistribution.Actors.Cell;

/// <summary>Runs the continuations of an async handler inside its cell, one at a time, with the handler's context.</summary>
internal sealed class ActorSynchronizationContext(ActorCell cell) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => cell.SendSystemMessage(new RunContinuation(d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous sends into an actor would deadlock it.");

    public override SynchronizationContext CreateCopy() => this;
}
