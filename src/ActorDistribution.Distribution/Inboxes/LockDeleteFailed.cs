using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>One failed delete of the lock; <paramref name="RetryAt"/> is null when it was the last attempt allowed.</summary>
[EventManifest("inbox.lock-delete-failed.v1")]
public sealed record LockDeleteFailed(
    DateTimeOffset At,
    int Attempt,
    string Reason,
    IReadOnlyList<string> Holders,
    DateTimeOffset? RetryAt) : InboxEvent(At);
