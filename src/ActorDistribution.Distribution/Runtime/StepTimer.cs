using Akka.Actor;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// The one timer of a domain actor whose pure core names the effect it owes next and when (a step with a
/// due time). <see cref="Go"/> after every state change and on <see cref="Due"/>: a step not yet due arms
/// the timer; a due one is performed now, and the timer then becomes a watchdog that performs it again
/// if no result moved the state on (a lost reply, a failed task). The cores ignore duplicate results.
/// </summary>
public sealed class StepTimer(ITimerScheduler timers, Func<DateTimeOffset> now, TimeSpan? watchdog = null)
{
    /// <summary>How long a performed step may go without a result before it is performed again.</summary>
    public static readonly TimeSpan DefaultWatchdog = TimeSpan.FromSeconds(30);

    private const string Key = "step";
    private object? _performing;

    /// <param name="step">The step owed (null when none) and its due time.</param>
    /// <param name="perform">Starts the effect; may answer when to look again instead of the watchdog delay.</param>
    /// <param name="timerFired">True on <see cref="Due"/>: the step in flight is performed again.</param>
    public void Go(object? step, DateTimeOffset? dueAt, Func<TimeSpan?> perform, bool timerFired = false)
    {
        if (step is null || dueAt is not { } due)
        {
            _performing = null;
            timers.Cancel(Key);
            return;
        }
        // A state change that leaves the same step owed (equal by value) must not start its effect twice.
        if (!timerFired && Equals(_performing, step)) return;
        var wait = due - now();
        if (wait > TimeSpan.Zero)
        {
            _performing = null;
            timers.StartSingleTimer(Key, Due.Instance, wait);
            return;
        }
        _performing = step;
        var lookAgain = perform() ?? watchdog ?? DefaultWatchdog;
        timers.StartSingleTimer(Key, Due.Instance, lookAgain);
    }

    /// <summary>The timer's message: the step is due, or its watchdog ran out.</summary>
    public sealed class Due
    {
        public static readonly Due Instance = new();

        private Due()
        {
        }
    }
}
