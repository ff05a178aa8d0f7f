namespace ActorDistribution.Distribution.Clients;

/// <summary>Something asked of, or reported to, one client.</summary>
public abstract record ClientCommand(DateTimeOffset At);
