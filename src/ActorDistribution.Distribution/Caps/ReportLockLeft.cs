namespace ActorDistribution.Distribution.Caps;

/// <summary>A CAP inbox's update ended with every delete failed (its <c>LockLeft</c> event).</summary>
public sealed record ReportLockLeft(DateTimeOffset At, CapInbox Address) : StuckLockCommand(At);
