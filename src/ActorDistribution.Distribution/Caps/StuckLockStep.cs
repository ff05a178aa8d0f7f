namespace ActorDistribution.Distribution.Caps;

/// <summary>The effect a stuck-lock supervisor actor owes at <see cref="DueAt"/>; it performs it and feeds the named result back.</summary>
public abstract record StuckLockStep(DateTimeOffset DueAt);
