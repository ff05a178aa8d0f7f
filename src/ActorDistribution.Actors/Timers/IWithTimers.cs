namespace ActorDistribution.Actors.Timers;

/// <summary>Marks an actor that uses timers; the kernel sets <see cref="Timers"/> before PreStart.</summary>
public interface IWithTimers
{
    ITimerScheduler Timers { get; set; }
}
