using ActorDistribution.Distribution.Clients;
using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary>
/// <c>client add NAME --site CODE [--mode scan|legacy-open-check]</c>: a simulated workstation agent; null
/// mode takes <c>distribution.client.mode</c>. Its first cycle starts after <paramref name="FirstCycleIn"/>
/// (now when null). Answers <see cref="ClientAccepted"/> or <see cref="Rejected"/>.
/// </summary>
public sealed record AddClient(string Name, string Site, ClientMode? Mode = null, TimeSpan? FirstCycleIn = null);
