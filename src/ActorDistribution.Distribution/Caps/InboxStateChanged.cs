using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.Caps;

/// <summary>An inbox entity tells its CAP its state after recovery and after each change, for <c>inbox status</c>.</summary>
public sealed record InboxStateChanged(InboxState State);
