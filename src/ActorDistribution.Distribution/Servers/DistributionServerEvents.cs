using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Servers;

/// <summary>A distribution server of a site: it holds one package directory share per package sent to it.</summary>
[EventManifest("server.added.v1")]
public sealed record DistributionServerAdded(DateTimeOffset At, string Name, string Site) : IJournalEvent;
