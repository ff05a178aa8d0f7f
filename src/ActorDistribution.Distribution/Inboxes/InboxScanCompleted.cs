using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.scan-completed.v1")]
public sealed record InboxScanCompleted(DateTimeOffset At, int Changed, DateTimeOffset NextScanAt) : InboxManagerEvent(At);
