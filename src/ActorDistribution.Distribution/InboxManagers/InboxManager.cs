using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;

namespace ActorDistribution.Distribution.InboxManagers;

/// <summary>
/// The inbox manager of one site: started and stopped as a component; when running it compares site
/// inboxes with their CAP copies on start, every scan interval and on demand, and orders one update
/// per changed CAP inbox. It tracks which CAP inboxes it is writing, and a stop waits for those to end.
/// Like the original, a lock left behind stays while the manager runs; only the scan on start clears it.
/// CAPs join the site by <see cref="AttachCap"/>, in any status; a running manager includes them from its next scan.
/// </summary>
public static class InboxManager
{
    public static InboxManagerState Initial(string site)
        => new(site, InboxManagerStatus.Stopped, TimeSpan.Zero, 0, TimeSpan.Zero, null, false, [], []);

    public static IReadOnlyList<InboxManagerEvent> Decide(InboxManagerState state, InboxManagerCommand command) => command switch
    {
        AttachCap attach when !state.HasCap(attach.Cap) => [new InboxManagerCapAttached(attach.At, attach.Cap)],
        DetachCap detach when state.HasCap(detach.Cap) => [new InboxManagerCapDetached(detach.At, detach.Cap)],
        StartInboxManager start when state.Status != InboxManagerStatus.Running
            => [new InboxManagerStarted(start.At, start.ScanInterval, start.DeleteAttempts, start.DeleteRetrySpacing)],
        StopInboxManager stop when state.Status == InboxManagerStatus.Running => state.InProgress.Count == 0
            ? [new InboxManagerStopped(stop.At)]
            : [new InboxManagerStopping(stop.At, state.InProgress)],
        ScanInboxes scan when state.Status == InboxManagerStatus.Running => [new InboxScanRequested(scan.At)],
        InboxesCompared compared when state.Status == InboxManagerStatus.Running => Dispatch(state, compared),
        InboxUpdateFinished finished when state.IsWriting(finished.Address) => Finish(state, finished),
        // Starting a running manager, stopping a stopped one, or a stale result: nothing changes.
        _ => [],
    };

    public static InboxManagerState Evolve(InboxManagerState state, InboxManagerEvent @event) => @event switch
    {
        InboxManagerStarted e => state with
        {
            Status = InboxManagerStatus.Running,
            ScanInterval = e.ScanInterval,
            DeleteAttempts = e.DeleteAttempts,
            DeleteRetrySpacing = e.DeleteRetrySpacing,
            NextScanAt = e.At,
            StartScanPending = true,
        },
        InboxManagerCapAttached e => state with { Caps = [.. state.Caps, e.Cap] },
        InboxManagerCapDetached e => state with { Caps = state.Caps.Where(c => !string.Equals(c, e.Cap, StringComparison.OrdinalIgnoreCase)).ToList() },
        InboxManagerStopping => state with { Status = InboxManagerStatus.Stopping, NextScanAt = null },
        InboxManagerStopped => state with { Status = InboxManagerStatus.Stopped, NextScanAt = null },
        InboxScanRequested e => state with { NextScanAt = e.At },
        InboxScanCompleted e => state with { NextScanAt = e.NextScanAt, StartScanPending = false },
        InboxUpdateDispatched e => state with { InProgress = [.. state.InProgress, e.Address] },
        InboxUpdateEnded e => state with { InProgress = state.InProgress.Where(a => !a.Equals(e.Address)).ToList() },
        _ => state,
    };

    /// <summary>The comparison the actor owes, or null when not running.</summary>
    public static CompareInboxes? Next(InboxManagerState state)
        => state is { Status: InboxManagerStatus.Running, NextScanAt: { } due } ? new CompareInboxes(due, state.StartScanPending) : null;

    public static InboxManagerState Replay(string site, IEnumerable<InboxManagerEvent> events)
        => events.Aggregate(Initial(site), Evolve);

    private static IReadOnlyList<InboxManagerEvent> Dispatch(InboxManagerState state, InboxesCompared compared)
    {
        var dispatched = new List<CapInbox>();
        var events = new List<InboxManagerEvent>();
        foreach (var change in compared.Changes)
        {
            // An inbox being written is compared again at the next scan, once its update has ended.
            if (state.IsWriting(change.Address) || dispatched.Contains(change.Address)) continue;
            dispatched.Add(change.Address);
            events.Add(new InboxUpdateDispatched(compared.At, change.Address, change.Version, change.Files, state.DeleteAttempts, state.DeleteRetrySpacing));
        }
        events.Add(new InboxScanCompleted(compared.At, dispatched.Count, compared.At + state.ScanInterval));
        return events;
    }

    private static IReadOnlyList<InboxManagerEvent> Finish(InboxManagerState state, InboxUpdateFinished finished)
    {
        var ended = new InboxUpdateEnded(finished.At, finished.Address, finished.LockLeft);
        var lastOne = state.InProgress.Count == 1;
        return state.Status == InboxManagerStatus.Stopping && lastOne
            ? [ended, new InboxManagerStopped(finished.At)]
            : [ended];
    }
}
