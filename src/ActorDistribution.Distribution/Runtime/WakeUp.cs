namespace ActorDistribution.Distribution.Runtime;

/// <summary>
/// Sent to an entity only to start it: it recovers from its journal and resumes what was in flight
/// (re-arms its timers, re-runs its pending step). Entities ignore it otherwise.
/// </summary>
public sealed record WakeUp
{
    public static readonly WakeUp Instance = new();
}
