namespace ActorDistribution.Distribution.Caps;

/// <summary>Result of <see cref="RestartInboxManager"/>.</summary>
public sealed record InboxManagerStartResult(DateTimeOffset At) : StuckLockCommand(At);
