namespace ActorDistribution.Distribution.Caps;

/// <summary>
/// Result of <see cref="HaltInboxManager"/>, and of the check before each <see cref="CloseCapConnections"/>:
/// the CAP inboxes the manager is still writing (empty once it has stopped).
/// </summary>
public sealed record InboxManagerStopResult(DateTimeOffset At, IReadOnlyList<CapInbox> Writing) : StuckLockCommand(At);
