using ActorDistribution.Runtime.Serialization;
namespace ActorDistribution.Distribution.Clients;

/// <summary>A fact in a client's journal; each one renders as lines of the client's own log (<see cref="ClientLog"/>).</summary>
public abstract record ClientEvent(DateTimeOffset At) : IJournalEvent;
