using Akka.Actor;

namespace ActorDistribution.Runtime.Time;

/// <summary>
/// <c>PipeTo</c> that the virtual clock waits for: the effect counts as in flight from the call until its
/// result was told to the recipient (whose mailbox run is then counted in turn).
/// </summary>
public static class PipeToTrackedExtensions
{
    public static Task PipeToTracked<T>(this Task<T> task, IActorContext context, ICanTell recipient, IActorRef? sender = null,
        Func<T, object>? success = null, Func<Exception, object>? failure = null)
    {
        var activity = (context.System.Scheduler as VirtualScheduler)?.Activity;
        activity?.Begin();
        sender ??= ActorRefs.NoSender;
        return task.ContinueWith(t =>
        {
            try
            {
                if (t.IsCompletedSuccessfully)
                    recipient.Tell(success is null ? t.Result! : success(t.Result), sender);
                else
                {
                    var cause = t.IsCanceled ? new TaskCanceledException(t) : (Exception)t.Exception!.GetBaseException();
                    recipient.Tell(failure is null ? new Status.Failure(cause) : failure(cause), sender);
                }
            }
            finally { activity?.End(); }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
