using ActorDistribution.Actors.Cell;

namespace ActorDistribution.Actors.Dispatch;

/// <summary>Request/response with an actor from outside (or inside) the actor world.</summary>
public static class AskExtensions
{
    /// <summary>
    /// Sends <paramref name="message"/> and waits for one reply of type <typeparamref name="T"/>. A
    /// <see cref="Actor.Status.Failure"/> reply fails the task with its cause; no reply within
    /// <paramref name="timeout"/> (on the system's clock) fails it with <see cref="AskTimeoutException"/>.
    /// </summary>
    public static async Task<T> Ask<T>(this IActorRef target, object message, TimeSpan timeout)
    {
        if (target is not LocalActorRef local)
            throw new AskTimeoutException($"Ask to {target.Path}: the recipient cannot reply.");
        var system = local.Cell.SystemImpl;
        var promise = new PromiseActorRef(system.TempPath());
        var timer = system.Scheduler.ScheduleOnce(timeout, () => promise.Expire(new AskTimeoutException(
            $"Ask to {target.Path} timed out after {timeout.TotalMilliseconds} ms waiting for {typeof(T).Name} (message {message.GetType().Name}).")));
        target.Tell(message, promise);
        try
        {
            var reply = await promise.Reply.ConfigureAwait(false);
            return reply is T typed
                ? typed
                : throw new InvalidCastException($"Ask to {target.Path} expected {typeof(T).Name} but the reply was {reply.GetType().Name}.");
        }
        finally
        {
            timer.Cancel();
        }
    }

    public static Task<object> Ask(this IActorRef target, object message, TimeSpan timeout) => target.Ask<object>(message, timeout);
}
