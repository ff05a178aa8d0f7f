using ActorDistribution.Distribution.Requests;

namespace ActorDistribution.Distribution.Inboxes.Requests;

/// <summary><c>client log NAME</c>. Answers <see cref="ClientReport"/> or <see cref="Rejected"/> (unknown client).</summary>
public sealed record GetClientLog(string Name);
