using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.scan-requested.v1")]
public sealed record InboxScanRequested(DateTimeOffset At) : InboxManagerEvent(At);
