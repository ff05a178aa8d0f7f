using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Runtime.Serialization;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>A fact in the life of one package directory, stamped with the actor's clock; the audit reads these.</summary>
public abstract record PackageDirectoryEvent(DateTimeOffset At) : IJournalEvent;

/// <summary>An attempt failed: files open, a locked file stopped the copy or delete, or a copy error.</summary>
/// <param name="Users">The users holding <paramref name="LockedFile"/> or the open files, if any.</param>
/// <param name="FirstFailedAt">t0, the first failed attempt of this delivery, from which all attempts are timed.</param>
/// <param name="NextAttemptAt">t0 + (Attempt+1)·x, or null when this was the last allowed attempt.</param>
/// <param name="FilesCopied">Files a stopped copy wrote before it stopped (the directory is partly updated); 0 in older journals.</param>
[EventManifest("despooler.attempt-failed.v1")]
public sealed record AttemptFailed(
    DateTimeOffset At,
    int Attempt,
    string Reason,
    string? LockedFile,
    IReadOnlyList<string> Users,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset? NextAttemptAt,
    int FilesCopied = 0) : PackageDirectoryEvent(At);

/// <summary>Attempt number Attempt began (0 is the first; attempt k is due at t0 + k·x, t0 the first failed attempt).</summary>
[EventManifest("despooler.attempt-started.v1")]
public sealed record AttemptStarted(DateTimeOffset At, int Attempt) : PackageDirectoryEvent(At);

/// <summary>The delivery ended with the version installed.</summary>
[EventManifest("despooler.delivery-completed.v1")]
public sealed record DeliveryCompleted(DateTimeOffset At, string Version) : PackageDirectoryEvent(At);

/// <summary>The delivery (or removal) ended without success after its last allowed attempt.</summary>
[EventManifest("despooler.delivery-failed.v1")]
public sealed record DeliveryFailed(DateTimeOffset At, string Reason) : PackageDirectoryEvent(At);

/// <summary>An install or update was requested; a new delivery starts and its first attempt is due at once.</summary>
/// <param name="Plan">x, y, z and forcing as resolved from the target site's settings in effect.</param>
/// <param name="JobId">The job it serves (null in journals written before jobs were named here).</param>
[EventManifest("despooler.delivery-requested.v1")]
public sealed record DeliveryRequested(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    DeliveryPlan Plan,
    string? JobId = null) : PackageDirectoryEvent(At);

/// <summary>Everyone may connect to the directory again.</summary>
[EventManifest("despooler.access-restored.v1")]
public sealed record DirectoryAccessRestored(DateTimeOffset At) : PackageDirectoryEvent(At);

/// <summary>Only the service account may start sessions now; connected sessions keep their access.</summary>
[EventManifest("despooler.access-revoked.v1")]
public sealed record DirectoryAccessRevoked(DateTimeOffset At) : PackageDirectoryEvent(At);

/// <summary>z has passed since the warning; users still holding files are to be disconnected.</summary>
[EventManifest("despooler.disconnection-delay-elapsed.v1")]
public sealed record DisconnectionDelayElapsed(DateTimeOffset At) : PackageDirectoryEvent(At);

/// <summary>Users holding files open were told to close them; access closes at ForceCloseAt (warning time + z).</summary>
[EventManifest("despooler.disconnection-warning-sent.v1")]
public sealed record DisconnectionWarningSent(DateTimeOffset At, IReadOnlyList<string> Users, DateTimeOffset ForceCloseAt) : PackageDirectoryEvent(At);

/// <summary>Files were still open after y retries: the despooler forces the delivery.</summary>
[EventManifest("despooler.forced-disconnection-started.v1")]
public sealed record ForcedDisconnectionStarted(DateTimeOffset At, int Attempt, IReadOnlyList<OpenFile> OpenFiles) : PackageDirectoryEvent(At);

/// <summary>Forced delivery found no file open, so it copies everything now.</summary>
[EventManifest("despooler.no-open-files-found.v1")]
public sealed record NoOpenFilesFound(DateTimeOffset At, int Attempt) : PackageDirectoryEvent(At);

/// <summary>The removal ended with the directory deleted.</summary>
[EventManifest("despooler.package-directory-removed.v1")]
public sealed record PackageDirectoryRemoved(DateTimeOffset At) : PackageDirectoryEvent(At);

/// <summary>Every file of the version was written and matches the manifest (size and SHA-256).</summary>
[EventManifest("despooler.package-files-copied.v1")]
public sealed record PackageFilesCopied(DateTimeOffset At, string Version) : PackageDirectoryEvent(At);

/// <summary>The users warned earlier (only they) were told the directory is ready again.</summary>
[EventManifest("despooler.ready-notice-sent.v1")]
public sealed record ReadyNoticeSent(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryEvent(At);

/// <summary>Removal of the directory was requested; its first attempt is due at once.</summary>
/// <param name="JobId">The job it serves (null in journals written before jobs were named here).</param>
[EventManifest("despooler.removal-requested.v1")]
public sealed record RemovalRequested(DateTimeOffset At, DeliveryPlan Plan, string? JobId = null) : PackageDirectoryEvent(At);

/// <summary>
/// An install or removal arrived while the current delivery was mid-step (e.g. with access revoked); it replaces
/// any request queued before it and starts when the current delivery rests (installed, failed, removed or retrying).
/// </summary>
[EventManifest("despooler.request-queued.v1")]
public sealed record RequestQueued(DateTimeOffset At, QueuedRequest Request) : PackageDirectoryEvent(At);

/// <summary>The handles and sessions of these users (all warned earlier) were closed.</summary>
[EventManifest("despooler.users-disconnected.v1")]
public sealed record UsersDisconnected(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryEvent(At);

/// <summary>
/// A package directory's snapshot (every <c>distribution.entities.snapshot-every</c> events): its state and what its actor
/// remembers beside it (the job outcomes it settled, the requests it saw), so recovery from it plus the later events
/// ends where a replay of every event ends.
/// </summary>
[EventManifest("despooler.directory-snapshot.v1")]
public sealed record PackageDirectorySnapshot(PackageDirectoryState State, IReadOnlyList<SettledDelivery> Settled, IReadOnlyList<SeenRequest> RequestsSeen) : IJournalEvent;

/// <summary>How one job's delivery here ended (the first outcome per job counts).</summary>
public sealed record SettledDelivery(string JobId, TargetOutcome Outcome);

/// <summary>A request received (its dispatch time, version and job), to tell a despooler's repeat from a new one.</summary>
public sealed record SeenRequest(DateTimeOffset At, string? Version, string? JobId);
