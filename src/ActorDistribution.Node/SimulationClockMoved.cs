using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Node;

/// <summary>The virtual clock of a simulation was moved forward; a restarted simulation resumes from here.</summary>
[EventManifest("simulation.clock-moved.v1")]
public sealed record SimulationClockMoved(DateTimeOffset From, DateTimeOffset To) : IJournalEvent;
