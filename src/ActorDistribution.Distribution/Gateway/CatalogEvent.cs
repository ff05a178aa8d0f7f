using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Gateway;

/// <summary>A name entered in the distribution catalog: what exists, so requests are checked before they reach an entity.</summary>
public abstract record CatalogEvent(DateTimeOffset At) : IJournalEvent;
