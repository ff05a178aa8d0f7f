using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Clients;

[EventManifest("client.registered.v1")]
public sealed record ClientRegistered(
    DateTimeOffset At,
    string Site,
    ClientMode Mode,
    TimeSpan LockRetryInterval,
    int LockRetries,
    TimeSpan CycleInterval,
    TimeSpan OpenHold,
    string OfferInbox,
    string ComponentInbox,
    string LockFile,
    DateTimeOffset FirstCycleAt) : ClientEvent(At);
