using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Despooler;

/// <summary>A fact in the life of a site's despooler component.</summary>
public abstract record DespoolerEvent(DateTimeOffset At) : IJournalEvent;
