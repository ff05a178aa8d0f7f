using ActorDistribution.Distribution.Caps;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Stop was asked while these CAP inboxes were being written; it completes when they end.</summary>
[EventManifest("inbox.manager-stopping.v1")]
public sealed record InboxManagerStopping(DateTimeOffset At, IReadOnlyList<CapInbox> Writing) : InboxManagerEvent(At);
