using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.manager-stopped.v1")]
public sealed record InboxManagerStopped(DateTimeOffset At) : InboxManagerEvent(At);
