using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.Inboxes;

/// <summary>A fact in the journal of one CAP inbox.</summary>
public abstract record InboxEvent(DateTimeOffset At) : IJournalEvent;

/// <summary>The copy stopped at <paramref name="Path"/>; the version stays unreplicated and the lock is still removed.</summary>
[EventManifest("inbox.file-copy-failed.v1")]
public sealed record InboxFileCopyFailed(DateTimeOffset At, string Path, string Reason) : InboxEvent(At);

[EventManifest("inbox.files-copied.v1")]
public sealed record InboxFilesCopied(DateTimeOffset At, string Version, IReadOnlyList<string> Files) : InboxEvent(At);

/// <summary>The update was abandoned before touching any file; the next scan tries again.</summary>
[EventManifest("inbox.lock-create-failed.v1")]
public sealed record InboxLockCreateFailed(DateTimeOffset At, string Reason) : InboxEvent(At);

[EventManifest("inbox.lock-created.v1")]
public sealed record InboxLockCreated(DateTimeOffset At) : InboxEvent(At);

/// <summary>An update began; <paramref name="DispatchedAt"/> is the manager's dispatch it carries out (null in journals written before it was kept).</summary>
[EventManifest("inbox.update-started.v1")]
public sealed record InboxUpdateStarted(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing,
    DateTimeOffset? DispatchedAt = null) : InboxEvent(At);

/// <summary>One failed delete of the lock; <paramref name="RetryAt"/> is null when it was the last attempt allowed.</summary>
[EventManifest("inbox.lock-delete-failed.v1")]
public sealed record LockDeleteFailed(
    DateTimeOffset At,
    int Attempt,
    string Reason,
    IReadOnlyList<string> Holders,
    DateTimeOffset? RetryAt) : InboxEvent(At);

/// <summary>The lock is gone and the update is over.</summary>
[EventManifest("inbox.lock-deleted.v1")]
public sealed record LockDeleted(DateTimeOffset At, int Attempt) : InboxEvent(At);

/// <summary>Every delete attempt failed; the update is over but the lock stays, and this is its alarm.</summary>
[EventManifest("inbox.lock-left.v1")]
public sealed record LockLeft(DateTimeOffset At, int Attempts, DateTimeOffset LockSince, string LastReason) : InboxEvent(At);
