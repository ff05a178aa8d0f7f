namespace ActorDistribution.Distribution.Caps;

/// <summary>Stop the site's inbox manager (idempotent) and answer <see cref="InboxManagerStopResult"/> with what it still writes.</summary>
public sealed record HaltInboxManager(DateTimeOffset DueAt) : StuckLockStep(DueAt);
