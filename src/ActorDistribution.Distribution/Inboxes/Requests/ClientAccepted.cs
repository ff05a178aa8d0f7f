using ActorDistribution.Distribution.Clients;

namespace ActorDistribution.Distribution.Inboxes.Requests;

public sealed record ClientAccepted(string Name, string Site, ClientMode Mode, DateTimeOffset FirstCycleAt);
