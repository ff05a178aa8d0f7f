using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.component-upgrade-pending.v1")]
public sealed record ComponentUpgradePending(DateTimeOffset At, string Version, string Installer) : ClientEvent(At);
