using ActorDistribution.Actors.Actor;

namespace ActorDistribution.Actors.Dispatch;

/// <summary>A one-shot reference that completes a task with the first message it gets (an Ask's reply address).</summary>
internal sealed class PromiseActorRef(ActorPath path) : IActorRef
{
    private readonly TaskCompletionSource<object> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ActorPath Path { get; } = path;
    public Task<object> Reply => _reply.Task;

    public void Tell(object message, IActorRef? sender)
    {
        if (message is Status.Failure failure) _reply.TrySetException(failure.Cause);
        else _reply.TrySetResult(message);
    }

    public void Expire(Exception timeout) => _reply.TrySetException(timeout);

    public override string ToString() => Path.ToString();
}
