using ActorDistribution.Persistence.Serialization;

namespace ActorDistribution.Persistence.Tests.Events;

[EventManifest("test.counter-state.v1")]
public sealed record CounterState(int Count);
