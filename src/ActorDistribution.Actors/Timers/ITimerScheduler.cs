namespace ActorDistribution.Actors.Timers;

/// <summary>
/// Timers owned by one actor, keyed by name. Starting a timer with a key in use replaces it; a replaced
/// or cancelled timer's message never arrives, even if it was already queued. Timers end on restart and stop.
/// </summary>
public interface ITimerScheduler
{
    void StartSingleTimer(object key, object message, TimeSpan timeout);
    void StartPeriodicTimer(object key, object message, TimeSpan interval);
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);
    bool IsTimerActive(object key);
    void Cancel(object key);
    void CancelAll();
}
