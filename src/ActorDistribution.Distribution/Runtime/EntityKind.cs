using Akka.Actor;

namespace ActorDistribution.Distribution.Runtime;

/// <summary>One kind of entity: its region's name, how an entity of an id starts (given the regions it talks to), where its region is kept.</summary>
public sealed record EntityKind<TRegions>(string Name, Func<TRegions, string, Props> Entity, Action<TRegions, IActorRef> Assign);
