namespace ActorDistribution.Distribution.Clients;

/// <summary>Close the legacy client's handle on the lock file (already closed by a force-close is fine); answer <see cref="LockReleased"/>.</summary>
public sealed record ReleaseLock(DateTimeOffset DueAt, long Handle) : ClientStep(DueAt);
