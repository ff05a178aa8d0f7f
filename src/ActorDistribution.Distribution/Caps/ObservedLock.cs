namespace ActorDistribution.Distribution.Caps;

/// <summary>A lock file found in a CAP inbox, present since <paramref name="Since"/>.</summary>
public sealed record ObservedLock(CapInbox Address, DateTimeOffset Since);
