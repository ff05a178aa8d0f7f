namespace ActorDistribution.Distribution.Caps;

/// <summary>Result of <see cref="CloseCapConnections"/>: whom the force-close reached and how many handles it closed.</summary>
public sealed record ConnectionsClosed(DateTimeOffset At, string Cap, IReadOnlyList<string> Users, int ClosedHandles) : StuckLockCommand(At);
