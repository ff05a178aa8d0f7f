using ActorDistribution.Distribution.Caps;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

[EventManifest("inbox.update-ended.v1")]
public sealed record InboxUpdateEnded(DateTimeOffset At, CapInbox Address, bool LockLeft) : InboxManagerEvent(At);
