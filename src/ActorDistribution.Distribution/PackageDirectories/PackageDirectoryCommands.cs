using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;
using ActorDistribution.Distribution.SiteDespoolers;
using ActorDistribution.Distribution.Sites;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// What the package directory is told: a request, a due timer, or the result of an effect the actor performed.
/// <see cref="At"/> is the actor's clock when the command arose; it is the only way time enters the core.
/// </summary>
public abstract record PackageDirectoryCommand(DateTimeOffset At);

/// <summary>Result of <see cref="RestoreAccess"/>.</summary>
public sealed record AccessRestored(DateTimeOffset At) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="RevokeAccess"/>.</summary>
public sealed record AccessRevoked(DateTimeOffset At) : PackageDirectoryCommand(At);

/// <summary>The timer for the next attempt fired.</summary>
public sealed record AttemptDue(DateTimeOffset At) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="CopyPackageFiles"/>: every file was written.</summary>
/// <param name="Written">Size and SHA-256 of each file as read back from the share, for the check against the manifest.</param>
public sealed record CopyCompleted(DateTimeOffset At, string Version, IReadOnlyList<PackageFile> Written) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="CopyPackageFiles"/>: the copy stopped (sharing violation, source missing, disk full...).</summary>
/// <param name="LockedFile">The file a user held open, when that is what stopped the copy.</param>
/// <param name="Holders">The users holding <paramref name="LockedFile"/>.</param>
/// <param name="FilesCopied">Files written before the copy stopped (the directory is partly updated).</param>
public sealed record CopyFailed(
    DateTimeOffset At,
    string Reason,
    string? LockedFile = null,
    IReadOnlyList<string>? Holders = null,
    int FilesCopied = 0) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="DeletePackageDirectory"/>: the delete stopped, usually at a file a user holds open.</summary>
public sealed record DeleteFailed(
    DateTimeOffset At,
    string Reason,
    string? LockedFile = null,
    IReadOnlyList<string>? Holders = null) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="DeletePackageDirectory"/>: the directory is gone.</summary>
public sealed record DirectoryDeleted(DateTimeOffset At) : PackageDirectoryCommand(At);

/// <summary>The forced-disconnection delay after the warning has passed.</summary>
public sealed record ForceCloseDue(DateTimeOffset At) : PackageDirectoryCommand(At);

/// <summary>Install or update the directory with a package version (files already there are overwritten).</summary>
/// <param name="Files">The version's manifest; every copied file is checked against it.</param>
/// <param name="Settings">The target site's settings in effect (as its despooler loaded them).</param>
/// <param name="JobId">The job this delivery serves; told how it ends (<see cref="Jobs.DeliverySettled"/>).</param>
public sealed record Install(
    DateTimeOffset At,
    string Version,
    IReadOnlyList<PackageFile> Files,
    JobType JobType,
    SiteSettings Settings,
    DespoolerOptions Options,
    string? JobId = null) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="CheckOpenFiles"/>: every file held open in the directory and its subdirectories (empty: none).</summary>
public sealed record OpenFilesChecked(DateTimeOffset At, IReadOnlyList<OpenFile> OpenFiles) : PackageDirectoryCommand(At);

/// <summary>Delete the package directory (a remove-package-from-server job); retries on locked files, never forces.</summary>
/// <param name="JobId">The job this removal serves; told how it ends (<see cref="Jobs.DeliverySettled"/>).</param>
public sealed record Remove(DateTimeOffset At, SiteSettings Settings, DespoolerOptions Options, string? JobId = null) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="ForceCloseOpenFiles"/>: the users whose handles and sessions were closed (empty: all had closed).</summary>
public sealed record UsersForceClosed(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="NotifyUsersReady"/>: the users who were told the directory is ready again.</summary>
public sealed record UsersNotified(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);

/// <summary>Result of <see cref="WarnUsers"/>: the users who were sent the disconnection warning.</summary>
public sealed record UsersWarned(DateTimeOffset At, IReadOnlyList<string> Users) : PackageDirectoryCommand(At);

/// <summary>The package directory's one timer fired; stale if the state no longer waits for <see cref="Timer"/>.</summary>
internal sealed record DueTimerFired(DueTimer Timer);

/// <summary>A package directory's effect ended; <see cref="Result"/> is the command it answers.</summary>
internal sealed record EffectPerformed(PackageDirectoryCommand Result);

/// <summary>A package directory's effect threw (the share host refused a step the escalation cannot reason about); it is retried later.</summary>
internal sealed record EffectFailed(PackageDirectoryEffect Effect, string Reason);
