using Akka.Configuration;
using Akka.Dispatch;

namespace ActorDistribution.Runtime.Time;

/// <summary>
/// A dispatcher executor (<c>executor = "ActorDistribution.Runtime.Time.CountingExecutorConfigurator, ActorDistribution.Runtime"</c>)
/// that reports each mailbox run, from the moment it is scheduled until it ends, to the virtual clock's
/// <see cref="Activity"/>: "no mailbox scheduled or running" is then a counter at zero. On the wall clock it
/// only runs the work.
/// </summary>
public sealed class CountingExecutorConfigurator(Config config, IDispatcherPrerequisites prerequisites)
    : ExecutorServiceConfigurator(config, prerequisites)
{
    public override ExecutorService Produce(string id)
        => new CountingExecutor(id, (Prerequisites.Scheduler as VirtualScheduler)?.Activity);
}

internal sealed class CountingExecutor(string id, Activity? activity) : ExecutorService(id)
{
    public override void Execute(IRunnable run)
    {
        if (activity is null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(run, preferLocal: false);
            return;
        }
        // Counted before it is queued, so a sender's own run ends only after its recipient's run is counted.
        activity.Begin();
        ThreadPool.UnsafeQueueUserWorkItem(static state =>
        {
            try { state.run.Run(); }
            finally { state.activity.End(); }
        }, (run, activity), preferLocal: false);
    }

    public override void Shutdown() { }
}
