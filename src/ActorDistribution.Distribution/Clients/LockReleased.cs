namespace ActorDistribution.Distribution.Clients;

/// <summary>Result of <see cref="ReleaseLock"/>: the legacy client's handle on the lock file is closed (or was force-closed).</summary>
public sealed record LockReleased(DateTimeOffset At) : ClientCommand(At);
