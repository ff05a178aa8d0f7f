using ActorDistribution.Distribution.Jobs;
using ActorDistribution.Distribution.Packages;

namespace ActorDistribution.Distribution.PackageDirectories;

/// <summary>
/// The delivery of one package directory (one server × one package) with forced-delivery escalation
/// (SPEC.md section 2), as a pure core: <see cref="Decide"/> turns a command into events,
/// <see cref="Evolve"/> applies an event. Time comes only from each command's At.
///
/// x = retry interval, y = retries before forced disconnection, z = forced-disconnection delay,
/// t0 = the first failed attempt; attempt k is due at t0 + k·x.
///
///   Idle/Installed/Failed/Removed/Pending/Retrying (at rest)
///     Install ──────────────► DeliveryRequested ─► Pending (attempt 0 due now)
///     Remove ───────────────► RemovalRequested ──► Pending
///   any other phase (mid-step) + Install/Remove ─► RequestQueued; it starts (DeliveryRequested or
///     RemovalRequested) right after the event that brings the directory to rest
///   Pending/Retrying + AttemptDue ─► AttemptStarted ─► CheckingOpenFiles (forcing)
///                                                    | Copying (not forcing) | Deleting (removal)
///   CheckingOpenFiles + OpenFilesChecked
///     none open ──────────────────► NoOpenFilesFound ─► Copying
///     open, attempt ≤ y ──────────► AttemptFailed ─► Retrying (wait x)
///     open, attempt > y ──────────► ForcedDisconnectionStarted ─► RevokingAccess
///   RevokingAccess + AccessRevoked ─► DirectoryAccessRevoked ─► WarningUsers
///   WarningUsers + UsersWarned ─────► DisconnectionWarningSent ─► AwaitingForceClose (until warning + z)
///   AwaitingForceClose + ForceCloseDue ─► DisconnectionDelayElapsed ─► ForceDisconnecting
///   ForceDisconnecting + UsersForceClosed ─► UsersDisconnected ─► Copying
///   Copying + CopyCompleted, all files match the manifest
///     access open ──────► PackageFilesCopied, DeliveryCompleted ─► Installed
///     access revoked ───► PackageFilesCopied ─► RestoringAccess
///   Copying + CopyFailed, or a size/SHA-256 mismatch ─► AttemptFailed ─► Retrying | RestoringAccess
///     (+ DeliveryFailed ─► Failed when it was the last allowed attempt and access is open)
///   RestoringAccess + AccessRestored ─► DirectoryAccessRestored ─► NotifyingUsers
///   NotifyingUsers + UsersNotified ─► ReadyNoticeSent ─► Retrying
///     (+ DeliveryCompleted ─► Installed, or DeliveryFailed ─► Failed)
///   Deleting + DirectoryDeleted ─► PackageDirectoryRemoved ─► Removed
///   Deleting + DeleteFailed ─► AttemptFailed ─► Retrying (+ DeliveryFailed ─► Failed)
///
/// A command that does not fit the phase (a stale timer, a result repeated after recovery) yields no events.
/// </summary>
public static class PackageDirectoryEscalation
{
    private static readonly IReadOnlyList<PackageDirectoryEvent> None = [];

    public static IReadOnlyList<PackageDirectoryEvent> Decide(PackageDirectoryState state, PackageDirectoryCommand command) =>
        StartQueuedRequest(state, DecideStep(state, command));

    private static IReadOnlyList<PackageDirectoryEvent> DecideStep(PackageDirectoryState state, PackageDirectoryCommand command) =>
        command switch
        {
            Install install => RequestDelivery(state, install),
            Remove remove => Request(state, remove.At, new QueuedRequest(
                PackageDirectoryOperation.Remove, null, [], JobType.RemovePackageFromServer, DeliveryPlan.ForRemoval(remove.Settings, remove.Options), remove.JobId)),
            AttemptDue due => StartAttempt(state, due),
            OpenFilesChecked check => InspectOpenFiles(state, check),
            CopyCompleted copy => VerifyCopy(state, copy),
            CopyFailed failure when state.Phase == PackageDirectoryPhase.Copying && !state.FilesCopied =>
                FailAttempt(state, failure.At, failure.Reason, failure.LockedFile, failure.Holders ?? [], failure.FilesCopied),
            DirectoryDeleted deleted when state.Phase == PackageDirectoryPhase.Deleting =>
                [new PackageDirectoryRemoved(deleted.At)],
            DeleteFailed failure when state.Phase == PackageDirectoryPhase.Deleting =>
                FailAttempt(state, failure.At, failure.Reason, failure.LockedFile, failure.Holders ?? []),
            AccessRevoked revoked when state.Phase == PackageDirectoryPhase.RevokingAccess =>
                [new DirectoryAccessRevoked(revoked.At)],
            UsersWarned warned when state.Phase == PackageDirectoryPhase.WarningUsers =>
                [new DisconnectionWarningSent(warned.At, warned.Users, warned.At + state.CurrentPlan.ForcedDisconnectionDelay)],
            ForceCloseDue due when state.Phase == PackageDirectoryPhase.AwaitingForceClose && due.At >= state.ForceCloseAt =>
                [new DisconnectionDelayElapsed(due.At)],
            UsersForceClosed closed when state.Phase == PackageDirectoryPhase.ForceDisconnecting =>
                [new UsersDisconnected(closed.At, closed.Users)],
            AccessRestored restored when state.Phase == PackageDirectoryPhase.RestoringAccess =>
                state.WarnedUsers.Count > 0
                    ? [new DirectoryAccessRestored(restored.At)]
                    : [new DirectoryAccessRestored(restored.At), .. Outcome(state, restored.At)],
            UsersNotified notified when state.Phase == PackageDirectoryPhase.NotifyingUsers =>
                [new ReadyNoticeSent(notified.At, notified.Users), .. Outcome(state, notified.At)],
            _ => None,
        };

    public static PackageDirectoryState Evolve(PackageDirectoryState state, PackageDirectoryEvent @event) =>
        @event switch
        {
            DeliveryRequested requested => NewDelivery(state, requested.At, requested.Plan) with
            {
                Operation = PackageDirectoryOperation.Install,
                Version = requested.Version,
                Files = requested.Files,
                JobType = requested.JobType,
                JobId = requested.JobId,
            },
            RemovalRequested requested => NewDelivery(state, requested.At, requested.Plan) with
            {
                Operation = PackageDirectoryOperation.Remove,
                JobType = JobType.RemovePackageFromServer,
                JobId = requested.JobId,
            },
            RequestQueued queued => state with { Queued = queued.Request },
            AttemptStarted started => state with
            {
                Phase = FirstStepOfAttempt(state),
                Attempt = started.Attempt,
                NextAttemptAt = null,
                FilesCopied = false,
            },
            NoOpenFilesFound => state with { Phase = PackageDirectoryPhase.Copying },
            AttemptFailed failed => state with
            {
                // With access revoked the failed delivery still gives access back (and tells the warned users) first.
                Phase = state.IsAccessRevoked ? PackageDirectoryPhase.RestoringAccess : PackageDirectoryPhase.Retrying,
                FirstFailedAt = failed.FirstFailedAt,
                NextAttemptAt = failed.NextAttemptAt,
                LastFailure = failed.Reason,
                PartlyCopied = Math.Max(state.PartlyCopied, failed.FilesCopied),
            },
            ForcedDisconnectionStarted started => state with
            {
                Phase = PackageDirectoryPhase.RevokingAccess,
                OpenFilesAtEscalation = started.OpenFiles,
                WarnedUsers = [],
                DisconnectedUsers = [],
            },
            DirectoryAccessRevoked => state with { Phase = PackageDirectoryPhase.WarningUsers, IsAccessRevoked = true },
            DisconnectionWarningSent warned => state with
            {
                Phase = PackageDirectoryPhase.AwaitingForceClose,
                WarnedUsers = warned.Users,
                ForceCloseAt = warned.ForceCloseAt,
            },
            DisconnectionDelayElapsed => state with { Phase = PackageDirectoryPhase.ForceDisconnecting, ForceCloseAt = null },
            UsersDisconnected disconnected => state with
            {
                Phase = PackageDirectoryPhase.Copying,
                DisconnectedUsers = disconnected.Users,
            },
            PackageFilesCopied => state with
            {
                Phase = state.IsAccessRevoked ? PackageDirectoryPhase.RestoringAccess : PackageDirectoryPhase.Copying,
                FilesCopied = true,
            },
            DirectoryAccessRestored => state with
            {
                Phase = state.WarnedUsers.Count > 0 ? PackageDirectoryPhase.NotifyingUsers : PackageDirectoryPhase.Retrying,
                IsAccessRevoked = false,
            },
            ReadyNoticeSent => state with { Phase = PackageDirectoryPhase.Retrying },
            DeliveryCompleted completed => state with
            {
                Phase = PackageDirectoryPhase.Installed,
                InstalledVersion = completed.Version,
                NextAttemptAt = null,
                PartlyCopied = 0,
            },
            PackageDirectoryRemoved => state with { Phase = PackageDirectoryPhase.Removed, InstalledVersion = null },
            DeliveryFailed failed => state with
            {
                Phase = PackageDirectoryPhase.Failed,
                FailureReason = failed.Reason,
                NextAttemptAt = null,
            },
            _ => throw new ArgumentException($"unknown package directory event {@event.GetType().Name}", nameof(@event)),
        };

    /// <summary>Replays a journal from the initial state (recovery, and the audit's state at time T).</summary>
    public static PackageDirectoryState Replay(IEnumerable<PackageDirectoryEvent> events) =>
        events.Aggregate(PackageDirectoryState.Initial, Evolve);

    private static IReadOnlyList<PackageDirectoryEvent> RequestDelivery(PackageDirectoryState state, Install install)
    {
        if (install.JobType == JobType.RemovePackageFromServer)
            throw new ArgumentException("a remove-package-from-server job sends Remove, not Install", nameof(install));
        var plan = DeliveryPlan.ForJob(install.JobType, install.Settings, install.Options);
        return Request(state, install.At, new QueuedRequest(PackageDirectoryOperation.Install, install.Version, install.Files, install.JobType, plan, install.JobId));
    }

    /// <summary>A request starts at once when the directory rests; mid-step it waits, so no step is cut short with access revoked.</summary>
    private static IReadOnlyList<PackageDirectoryEvent> Request(PackageDirectoryState state, DateTimeOffset at, QueuedRequest request) =>
        state.AcceptsRequest ? [Started(at, request)] : [new RequestQueued(at, request)];

    /// <summary>Appends the start of the queued request when these events bring the directory to rest.</summary>
    private static IReadOnlyList<PackageDirectoryEvent> StartQueuedRequest(PackageDirectoryState state, IReadOnlyList<PackageDirectoryEvent> events)
    {
        if (events.Count == 0 || events[^1] is RequestQueued) return events;
        var after = events.Aggregate(state, Evolve);
        return after is { AcceptsRequest: true, Queued: { } queued } ? [.. events, Started(events[^1].At, queued)] : events;
    }

    private static PackageDirectoryEvent Started(DateTimeOffset at, QueuedRequest request) => request.Operation == PackageDirectoryOperation.Remove
        ? new RemovalRequested(at, request.Plan, request.JobId)
        : new DeliveryRequested(at, request.Version!, request.Files, request.JobType, request.Plan, request.JobId);

    private static IReadOnlyList<PackageDirectoryEvent> StartAttempt(PackageDirectoryState state, AttemptDue due)
    {
        if (state.NextDue is not { Kind: DueTimerKind.Attempt } timer || due.At < timer.At) return None;
        var attempt = state.Phase == PackageDirectoryPhase.Pending ? 0 : state.Attempt + 1;
        return [new AttemptStarted(due.At, attempt)];
    }

    private static IReadOnlyList<PackageDirectoryEvent> InspectOpenFiles(PackageDirectoryState state, OpenFilesChecked check)
    {
        if (state.Phase != PackageDirectoryPhase.CheckingOpenFiles) return None;
        if (check.OpenFiles.Count == 0) return [new NoOpenFilesFound(check.At, state.Attempt)];

        // Attempt k is retry number k: the delivery forces only once the count has exceeded y.
        if (state.Attempt > state.CurrentPlan.RetriesBeforeForcedDisconnection)
            return [new ForcedDisconnectionStarted(check.At, state.Attempt, check.OpenFiles)];

        var reason = $"{check.OpenFiles.Count} file(s) open: "
                     + string.Join(", ", check.OpenFiles.Select(file => $"{file.Path} by {file.User}"));
        return FailAttempt(state, check.At, reason, check.OpenFiles[0].Path, PackageDirectoryState.UsersOf(check.OpenFiles));
    }

    private static IReadOnlyList<PackageDirectoryEvent> VerifyCopy(PackageDirectoryState state, CopyCompleted copy)
    {
        if (state.Phase != PackageDirectoryPhase.Copying || state.FilesCopied || copy.Version != state.Version) return None;
        if (Mismatch(state.Files, copy.Written) is { } mismatch)
            return FailAttempt(state, copy.At, mismatch.Reason, mismatch.Path, []);

        return state.IsAccessRevoked
            ? [new PackageFilesCopied(copy.At, copy.Version)]
            : [new PackageFilesCopied(copy.At, copy.Version), new DeliveryCompleted(copy.At, copy.Version)];
    }

    /// <summary>The first manifest file missing from what was written or differing in size or SHA-256.</summary>
    private static (string Path, string Reason)? Mismatch(IReadOnlyList<PackageFile> manifest, IReadOnlyList<PackageFile> written)
    {
        var byPath = written
            .GroupBy(file => file.Path, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last(), StringComparer.OrdinalIgnoreCase);
        foreach (var expected in manifest)
        {
            if (!byPath.TryGetValue(expected.Path, out var actual))
                return (expected.Path, $"copy check: {expected.Path} is missing after the copy");
            if (!string.Equals(expected.Sha256, actual.Sha256, StringComparison.OrdinalIgnoreCase))
                return (expected.Path, $"copy check: SHA-256 mismatch on {expected.Path}: expected {expected.Sha256}, found {actual.Sha256}");
            if (expected.Size != actual.Size)
                return (expected.Path, $"copy check: size mismatch on {expected.Path}: expected {expected.Size} bytes, found {actual.Size}");
        }

        return null;
    }

    private static IReadOnlyList<PackageDirectoryEvent> FailAttempt(
        PackageDirectoryState state, DateTimeOffset at, string reason, string? lockedFile, IReadOnlyList<string> users, int filesCopied = 0)
    {
        var plan = state.CurrentPlan;
        var firstFailedAt = state.FirstFailedAt ?? at;
        // Timed from t0 rather than from now, so attempt k is due at exactly t0 + k·x however long attempts take.
        DateTimeOffset? next = state.Attempt >= plan.LastAttempt ? null : firstFailedAt + plan.RetryInterval * (state.Attempt + 1);
        var failed = new AttemptFailed(at, state.Attempt, reason, lockedFile, users, firstFailedAt, next, filesCopied);
        return next is null && !state.IsAccessRevoked ? [failed, new DeliveryFailed(at, reason)] : [failed];
    }

    /// <summary>How a forced delivery ends once access is back: installed, failed, or (nothing) waiting to retry.</summary>
    private static IReadOnlyList<PackageDirectoryEvent> Outcome(PackageDirectoryState state, DateTimeOffset at)
    {
        if (state.FilesCopied) return [new DeliveryCompleted(at, state.Version!)];
        if (state.NextAttemptAt is null) return [new DeliveryFailed(at, state.LastFailure ?? "the delivery failed")];
        return None;
    }

    private static PackageDirectoryState NewDelivery(PackageDirectoryState state, DateTimeOffset at, DeliveryPlan plan) => state with
    {
        Phase = PackageDirectoryPhase.Pending,
        Version = null,
        Files = [],
        Plan = plan,
        Attempt = 0,
        FirstFailedAt = null,
        NextAttemptAt = at,
        ForceCloseAt = null,
        OpenFilesAtEscalation = [],
        WarnedUsers = [],
        DisconnectedUsers = [],
        FilesCopied = false,
        LastFailure = null,
        FailureReason = null,
        Queued = null,
        PartlyCopied = 0,
    };

    private static PackageDirectoryPhase FirstStepOfAttempt(PackageDirectoryState state) =>
        state.Operation == PackageDirectoryOperation.Remove ? PackageDirectoryPhase.Deleting
        : state.CurrentPlan.ForcedDelivery ? PackageDirectoryPhase.CheckingOpenFiles
        : PackageDirectoryPhase.Copying;
}
