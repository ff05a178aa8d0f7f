using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.lock-created.v1")]
public sealed record InboxLockCreated(DateTimeOffset At) : InboxEvent(At);
