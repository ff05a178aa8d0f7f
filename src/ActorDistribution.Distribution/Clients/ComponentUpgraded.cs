using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.component-upgraded.v1")]
public sealed record ComponentUpgraded(DateTimeOffset At, string Version, string Path) : ClientEvent(At);
