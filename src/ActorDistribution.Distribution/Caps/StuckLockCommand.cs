namespace ActorDistribution.Distribution.Caps;

/// <summary>Something asked of, or reported to, a site's stuck-lock supervisor.</summary>
public abstract record StuckLockCommand(DateTimeOffset At);
