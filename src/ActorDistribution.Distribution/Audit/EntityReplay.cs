namespace ActorDistribution.Distribution.Audit;

/// <summary>Rebuilds an entity's state from its events in order (events of other types are the replay's to ignore).</summary>
public delegate object EntityReplay(string persistenceId, IReadOnlyList<object> events);
