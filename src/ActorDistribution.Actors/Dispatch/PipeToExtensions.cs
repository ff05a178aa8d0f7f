using ActorDistribution.Actors.Actor;
using ActorDistribution.Actors.Cell;

namespace ActorDistribution.Actors.Dispatch;

/// <summary>Turns the outcome of a task into a message, so async work never blocks a cell.</summary>
public static class PipeToExtensions
{
    /// <summary>Tells the task's result (or <see cref="Status.Failure"/>) to <paramref name="recipient"/> when it ends.</summary>
    public static Task PipeTo<T>(this Task<T> task, IActorRef recipient, IActorRef? sender = null,
        Func<T, object>? success = null, Func<Exception, object>? failure = null)
        => Pipe(recipient, async () =>
        {
            try
            {
                var result = await task.ConfigureAwait(false);
                recipient.Tell(success is not null ? success(result) : (object?)result ?? new Status.Success(null), sender);
            }
            catch (Exception ex)
            {
                recipient.Tell(failure is not null ? failure(ex) : new Status.Failure(ex), sender);
            }
        });

    /// <summary>Tells <see cref="Status.Success"/> (or the mapped message, or <see cref="Status.Failure"/>) when the task ends.</summary>
    public static Task PipeTo(this Task task, IActorRef recipient, IActorRef? sender = null,
        Func<object>? success = null, Func<Exception, object>? failure = null)
        => Pipe(recipient, async () =>
        {
            try
            {
                await task.ConfigureAwait(false);
                recipient.Tell(success is not null ? success() : new Status.Success(null), sender);
            }
            catch (Exception ex)
            {
                recipient.Tell(failure is not null ? failure(ex) : new Status.Failure(ex), sender);
            }
        });

    // A pipe in flight keeps a local system from looking quiescent: its message is still to come.
    private static Task Pipe(IActorRef recipient, Func<Task> deliver)
    {
        if (recipient is not LocalActorRef local) return deliver();
        var busy = local.Cell.SystemImpl.BusyCells;
        busy.Increment();
        return Run();

        async Task Run()
        {
            try { await deliver().ConfigureAwait(false); }
            finally { busy.Decrement(); }
        }
    }
}
