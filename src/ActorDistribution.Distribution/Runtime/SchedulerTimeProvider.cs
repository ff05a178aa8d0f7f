using Akka.Actor;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>The actor system's clock (wall or virtual) as a <see cref="TimeProvider"/>, for the share host's timestamps.</summary>
public sealed class SchedulerTimeProvider(IScheduler scheduler) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => scheduler.Now;
}
