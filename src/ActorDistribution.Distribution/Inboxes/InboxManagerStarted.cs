using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.manager-started.v1")]
public sealed record InboxManagerStarted(DateTimeOffset At, TimeSpan ScanInterval, int DeleteAttempts, TimeSpan DeleteRetrySpacing)
    : InboxManagerEvent(At);
