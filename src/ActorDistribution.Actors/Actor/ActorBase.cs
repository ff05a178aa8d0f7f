using ActorDistribution.Actors.Cell;
using ActorDistribution.Actors.Supervision;

namespace ActorDistribution.Actors.Actor;

/// <summary>The base of every actor: one receive function over a context, and lifecycle hooks with Akka's defaults.</summary>
public abstract class ActorBase
{
    /// <summary>The context of the actor currently running on this thread.</summary>
    protected static IActorContext Context => ActorCell.Current
        ?? throw new InvalidOperationException("Context is only available inside an actor, while it handles a message or is constructed.");

    protected IActorRef Self => Context.Self;
    protected IActorRef Sender => Context.Sender;

    /// <summary>Handles one message; returns false when it did not.</summary>
    protected internal abstract bool Receive(object message);

    /// <summary>Called for messages no behaviour handled; publishes them (a <see cref="Terminated"/> nobody handles fails the actor).</summary>
    protected virtual void Unhandled(object message) => ActorCell.Current!.Unhandled(message);

    protected internal virtual void PreStart() { }
    protected internal virtual void PostStop() { }

    /// <summary>Default: stop every child, then run <see cref="PostStop"/> on the old instance.</summary>
    protected internal virtual void PreRestart(Exception reason, object? message)
    {
        foreach (var child in Context.Children) Context.Stop(child);
        PostStop();
    }

    /// <summary>Default: run <see cref="PreStart"/> on the new instance.</summary>
    protected internal virtual void PostRestart(Exception reason) => PreStart();

    /// <summary>How this actor supervises its children.</summary>
    protected internal virtual SupervisorStrategy SupervisorStrategy() => Supervision.SupervisorStrategy.Default;

    internal void InvokeUnhandled(object message) => Unhandled(message);

    // The kernel starts and restarts actors through these, so a base class (e.g. a persistent actor)
    // can run its own start-up (recovery) whatever the subclass does with PreStart and PostRestart.
    internal virtual void AroundPreStart() => PreStart();

    internal virtual void AroundPostRestart(Exception reason) => PostRestart(reason);
}
