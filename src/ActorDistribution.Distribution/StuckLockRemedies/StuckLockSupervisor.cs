namespace ActorDistribution.Distribution.StuckLockRemedies;

/// <summary>
/// Clears lock files that outlived their update (SPEC.md section 3, beyond the original): the manual
/// workaround run as a persisted state machine. A lock is stuck when its update left it (all deletes
/// failed) or it is older than the maximum age. Each round: stop the inbox manager, force-close open
/// files under each affected CAP's component inbox and locked inboxes, start the manager (which
/// deletes the lock), verify. Cleared, or another round; after the last round, an alarm.
/// Guard: nothing is force-closed while the manager is writing an inbox the close reaches into.
/// </summary>
public static class StuckLockSupervisor
{
    public static StuckLockState Initial(string site) => new(site, RemedyStep.Unwatched, null, 0, [], [], null, null);

    public static IReadOnlyList<StuckLockEvent> Decide(StuckLockState state, StuckLockCommand command) => (state.Step, command) switch
    {
        (RemedyStep.Unwatched or RemedyStep.Alarmed, WatchLocks watch) => [new StuckLockWatchStarted(watch.At, watch.Rules)],
        (RemedyStep.Watching, ReportLockLeft left) => [new StuckLockDetected(left.At, [left.Address], "every delete of the lock failed")],
        (RemedyStep.Watching, LocksSurveyed survey) => Survey(state, survey),
        (RemedyStep.StoppingInboxManager or RemedyStep.ClosingConnections, InboxManagerStopResult stop) => Stopped(state, stop),
        (RemedyStep.ClosingConnections, ConnectionsClosed closed) when IsPendingClose(state, closed.Cap)
            => [new CapConnectionsClosed(closed.At, closed.Cap, closed.Users, closed.ClosedHandles)],
        (RemedyStep.StartingInboxManager, InboxManagerStartResult started)
            => [new InboxManagerStartedForRemedy(started.At, started.At + state.Rules!.VerifyDelay)],
        (RemedyStep.Verifying, LocksVerified verified) => Verify(state, verified),
        // Anything else is a duplicate or stale result (e.g. a timer re-armed after recovery).
        _ => [],
    };

    public static StuckLockState Evolve(StuckLockState state, StuckLockEvent @event) => @event switch
    {
        StuckLockWatchStarted e => state with
        {
            Step = RemedyStep.Watching,
            Rules = e.Rules,
            Round = 0,
            Locks = [],
            ClosedCaps = [],
            StepDueAt = e.At,
            Alarm = null,
        },
        LockSurveyCompleted e => state with { StepDueAt = e.NextSurveyAt },
        StuckLockDetected e => state with { Step = RemedyStep.StoppingInboxManager, Round = 1, Locks = e.Locks, ClosedCaps = [], StepDueAt = e.At },
        // Held before or during the closes: back to stopping, and every CAP is closed again once the writes end.
        RemedyHeldForWrite e => state with { Step = RemedyStep.StoppingInboxManager, ClosedCaps = [], StepDueAt = e.RecheckAt },
        InboxManagerStoppedForRemedy e => state with { Step = RemedyStep.ClosingConnections, ClosedCaps = [], StepDueAt = e.At },
        CapConnectionsClosed e => Closed(state, e),
        InboxManagerStartedForRemedy e => state with { Step = RemedyStep.Verifying, StepDueAt = e.VerifyAt },
        VerificationDeferred e => state with { StepDueAt = e.RecheckAt },
        StuckLockCleared e => state with
        {
            Step = RemedyStep.Watching,
            Round = 0,
            Locks = [],
            ClosedCaps = [],
            StepDueAt = e.At + state.Rules!.SurveyInterval,
        },
        RemedyRoundFailed e => state with
        {
            Step = RemedyStep.StoppingInboxManager,
            Round = e.Round + 1,
            Locks = e.Remaining,
            ClosedCaps = [],
            StepDueAt = e.At,
        },
        StuckLockAlarmed e => state with
        {
            Step = RemedyStep.Alarmed,
            Locks = e.Remaining,
            StepDueAt = null,
            Alarm = $"lock still present after {e.Rounds} remedy round(s): {string.Join(", ", e.Remaining)}",
        },
        _ => state,
    };

    /// <summary>The effect the actor owes for the step the supervisor is in, or null.</summary>
    public static StuckLockStep? Next(StuckLockState state)
    {
        if (state.StepDueAt is not { } due) return null;
        return state.Step switch
        {
            RemedyStep.Watching => new SurveyLocks(due),
            RemedyStep.StoppingInboxManager => new HaltInboxManager(due),
            RemedyStep.ClosingConnections => NextClose(state, due),
            RemedyStep.StartingInboxManager => new RestartInboxManager(due),
            RemedyStep.Verifying => new VerifyLocks(due, state.Locks),
            _ => null,
        };
    }

    public static StuckLockState Replay(string site, IEnumerable<StuckLockEvent> events) => events.Aggregate(Initial(site), Evolve);

    private static IReadOnlyList<StuckLockEvent> Survey(StuckLockState state, LocksSurveyed survey)
    {
        var stuck = survey.Locks
            .Where(l => survey.At - l.Since >= state.Rules!.MaxAge)
            .Select(l => l.Address)
            .Distinct()
            .ToList();
        return stuck.Count > 0
            ? [new StuckLockDetected(survey.At, stuck, $"lock older than {state.Rules!.MaxAge}")]
            : [new LockSurveyCompleted(survey.At, survey.Locks.Count, survey.At + state.Rules!.SurveyInterval)];
    }

    private static IReadOnlyList<StuckLockEvent> Stopped(StuckLockState state, InboxManagerStopResult stop)
    {
        // The guard: a force-close must never meet the manager writing an inbox it reaches into.
        var writing = stop.Writing.Intersect(state.TouchedByRemedy).ToList();
        if (writing.Count > 0) return [new RemedyHeldForWrite(stop.At, writing, stop.At + state.Rules!.VerifyDelay)];
        return state.Step == RemedyStep.StoppingInboxManager ? [new InboxManagerStoppedForRemedy(stop.At, state.Round)] : [];
    }

    private static IReadOnlyList<StuckLockEvent> Verify(StuckLockState state, LocksVerified verified)
    {
        var writing = verified.Writing.Intersect(state.Locks).ToList();
        if (writing.Count > 0) return [new VerificationDeferred(verified.At, writing, verified.At + state.Rules!.VerifyDelay)];

        var remaining = verified.Remaining.Intersect(state.Locks).ToList();
        if (remaining.Count == 0) return [new StuckLockCleared(verified.At, state.Round, state.Locks)];
        return state.Round < state.Rules!.MaxRounds
            ? [new RemedyRoundFailed(verified.At, state.Round, remaining)]
            : [new StuckLockAlarmed(verified.At, state.Round, remaining)];
    }

    private static StuckLockState Closed(StuckLockState state, CapConnectionsClosed closed)
    {
        var closedCaps = (IReadOnlyList<string>)[.. state.ClosedCaps, closed.Cap];
        var allClosed = state.AffectedCaps.All(cap => closedCaps.Contains(cap, StringComparer.OrdinalIgnoreCase));
        return state with
        {
            ClosedCaps = closedCaps,
            Step = allClosed ? RemedyStep.StartingInboxManager : RemedyStep.ClosingConnections,
            StepDueAt = closed.At,
        };
    }

    private static bool IsPendingClose(StuckLockState state, string cap)
        => state.AffectedCaps.Contains(cap, StringComparer.OrdinalIgnoreCase)
           && !state.ClosedCaps.Contains(cap, StringComparer.OrdinalIgnoreCase);

    private static CloseCapConnections? NextClose(StuckLockState state, DateTimeOffset due)
    {
        var cap = state.AffectedCaps.FirstOrDefault(c => IsPendingClose(state, c));
        if (cap is null) return null;
        var touched = state.Touched(cap);
        return new CloseCapConnections(due, cap, touched.Select(t => t.Inbox).ToList(), touched);
    }
}
