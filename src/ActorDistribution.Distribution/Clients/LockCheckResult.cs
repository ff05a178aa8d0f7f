namespace ActorDistribution.Distribution.Clients;

/// <summary>
/// Result of <see cref="CheckLock"/>. A legacy client that managed to open the lock file reports the
/// open <paramref name="Handle"/> (the lock is there); a scanning client never has one.
/// </summary>
public sealed record LockCheckResult(DateTimeOffset At, bool Accessible, bool LockFound, long? Handle = null) : ClientCommand(At);
