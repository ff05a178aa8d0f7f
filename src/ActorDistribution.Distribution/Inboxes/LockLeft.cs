using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>Every delete attempt failed; the update is over but the lock stays, and this is its alarm.</summary>
[EventManifest("inbox.lock-left.v1")]
public sealed record LockLeft(DateTimeOffset At, int Attempts, DateTimeOffset LockSince, string LastReason) : InboxEvent(At);
