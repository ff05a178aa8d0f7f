namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Every persistence id in the journal, read when the gateway starts.</summary>
internal sealed record RememberedEntities(IReadOnlyList<string> PersistenceIds);
