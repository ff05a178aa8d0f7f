using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.manager-cap-attached.v1")]
public sealed record InboxManagerCapAttached(DateTimeOffset At, string Cap) : InboxManagerEvent(At);
