using ActorDistribution.Distribution.Caps;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A CAP inbox reports its update over: lock deleted, lock left, or abandoned before locking.</summary>
public sealed record InboxUpdateFinished(DateTimeOffset At, CapInbox Address, bool LockLeft) : InboxManagerCommand(At);
