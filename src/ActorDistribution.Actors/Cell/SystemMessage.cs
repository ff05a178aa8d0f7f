using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Cell;

/// <summary>
/// The kernel's own protocol between cells (lifecycle, supervision, death watch, async completion).
/// Processed before ordinary messages, also while the actor is suspended. Linked intrusively, so queueing allocates nothing more.
/// </summary>
internal abstract class SystemMessage
{
    public SystemMessage? Next;
}

internal sealed class Create : SystemMessage;

internal sealed class Terminate : SystemMessage;

internal sealed class Resume : SystemMessage;

internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}

internal sealed class Failed(ActorCell child, Exception cause, object? message) : SystemMessage
{
    public ActorCell Child { get; } = child;
    public Exception Cause { get; } = cause;
    public object? Message { get; } = message;
}

internal sealed class Watch(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    public IActorRef Watchee { get; } = watchee;
    public IActorRef Watcher { get; } = watcher;
}

internal sealed class Unwatch(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    public IActorRef Watchee { get; } = watchee;
    public IActorRef Watcher { get; } = watcher;
}

/// <summary>Told to watchers when a watched actor has stopped (or was found dead).</summary>
internal sealed class DeathWatchNotification(IActorRef actor, bool existenceConfirmed) : SystemMessage
{
    public IActorRef Actor { get; } = actor;
    public bool ExistenceConfirmed { get; } = existenceConfirmed;
}

/// <summary>Told to the parent when a child has finished stopping, so its name is free again.</summary>
internal sealed class ChildTerminated(ActorCell child) : SystemMessage
{
    public ActorCell Child { get; } = child;
}

/// <summary>A continuation of an async handler, run inside the cell with the handler's message and sender.</summary>
internal sealed class RunContinuation(ActorSynchronizationContext context, SendOrPostCallback callback, object? state) : SystemMessage
{
    public ActorSynchronizationContext Context { get; } = context;
    public SendOrPostCallback Callback { get; } = callback;
    public object? State { get; } = state;
}

/// <summary>An async handler's task ended; the mailbox may go on (or the fault goes to supervision).</summary>
internal sealed class AsyncCompleted(Task task, ActorSynchronizationContext context) : SystemMessage
{
    public Task Task { get; } = task;
    public ActorSynchronizationContext Context { get; } = context;
}
