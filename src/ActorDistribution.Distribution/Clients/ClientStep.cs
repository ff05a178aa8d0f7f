namespace ActorDistribution.Distribution.Clients;

/// <summary>The effect a client actor owes at <see cref="DueAt"/>; it performs it and feeds the named result back.</summary>
public abstract record ClientStep(DateTimeOffset DueAt);
