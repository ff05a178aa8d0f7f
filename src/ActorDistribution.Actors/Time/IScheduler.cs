namespace ActorDistribution.Actors.Time;

/// <summary>Runs actions after a delay measured on its own clock (wall or virtual).</summary>
public interface IScheduler : IClock
{
    /// <summary>Runs <paramref name="action"/> once, <paramref name="delay"/> from now.</summary>
    ICancelable ScheduleOnce(TimeSpan delay, Action action);

    /// <summary>Runs <paramref name="action"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action);
}
