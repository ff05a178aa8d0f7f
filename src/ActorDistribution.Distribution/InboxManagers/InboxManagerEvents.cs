using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>A fact in the journal of a site's inbox manager.</summary>
public abstract record InboxManagerEvent(DateTimeOffset At) : IJournalEvent;

[EventManifest("inbox.manager-cap-attached.v1")]
public sealed record InboxManagerCapAttached(DateTimeOffset At, string Cap) : InboxManagerEvent(At);

[EventManifest("inbox.manager-cap-detached.v1")]
public sealed record InboxManagerCapDetached(DateTimeOffset At, string Cap) : InboxManagerEvent(At);

[EventManifest("inbox.manager-started.v1")]
public sealed record InboxManagerStarted(DateTimeOffset At, TimeSpan ScanInterval, int DeleteAttempts, TimeSpan DeleteRetrySpacing)
    : InboxManagerEvent(At);

[EventManifest("inbox.manager-stopped.v1")]
public sealed record InboxManagerStopped(DateTimeOffset At) : InboxManagerEvent(At);

/// <summary>Stop was asked while these CAP inboxes were being written; it completes when they end.</summary>
[EventManifest("inbox.manager-stopping.v1")]
public sealed record InboxManagerStopping(DateTimeOffset At, IReadOnlyList<CapInbox> Writing) : InboxManagerEvent(At);

[EventManifest("inbox.scan-completed.v1")]
public sealed record InboxScanCompleted(DateTimeOffset At, int Changed, DateTimeOffset NextScanAt) : InboxManagerEvent(At);

[EventManifest("inbox.scan-requested.v1")]
public sealed record InboxScanRequested(DateTimeOffset At) : InboxManagerEvent(At);

/// <summary>The manager ordered an update of one CAP inbox; the actor tells that inbox entity (again after a restart).</summary>
[EventManifest("inbox.update-dispatched.v1")]
public sealed record InboxUpdateDispatched(
    DateTimeOffset At,
    CapInbox Address,
    string Version,
    IReadOnlyList<string> Files,
    int DeleteAttempts,
    TimeSpan DeleteRetrySpacing) : InboxManagerEvent(At)
{
    public ReplicateInbox ToOrder() => new(At, Version, Files, DeleteAttempts, DeleteRetrySpacing, DispatchedAt: At);
}

[EventManifest("inbox.update-ended.v1")]
public sealed record InboxUpdateEnded(DateTimeOffset At, CapInbox Address, bool LockLeft) : InboxManagerEvent(At);
