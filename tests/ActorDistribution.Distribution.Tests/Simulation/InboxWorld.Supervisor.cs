using ActorDistribution.Distribution.Caps;
using ActorDistribution.Distribution.Inboxes;
using ActorDistribution.Shares;

namespace ActorDistribution.Distribution.Tests.Simulation;

/// <summary>The stuck-lock supervisor actor's role: survey, stop, force-close (asking the manager first), start, verify.</summary>
internal sealed partial class InboxWorld
{
    private SimulatedStep SupervisorStep(StuckLockStep step) => new("supervisor", step.DueAt, () => ToSupervisor(step switch
    {
        SurveyLocks => Survey(),
        HaltInboxManager => Halt(),
        CloseCapConnections close => CloseConnections(close),
        RestartInboxManager => Restart(),
        VerifyLocks verify => new LocksVerified(Now, verify.Locks.Where(l => LockPresent(l.Cap, l.Inbox)).ToList(), Manager.InProgress),
        _ => throw new InvalidOperationException($"unknown supervisor step {step}"),
    }));

    private LocksSurveyed Survey()
    {
        var locks = new List<ObservedLock>();
        foreach (var address in Inboxes.Keys)
            if (Host.GetFileInfo(Share(address.Cap), LockPath(address.Inbox)).TryGetValue(out var info))
                locks.Add(new ObservedLock(address, info.LastWritten));
        return new LocksSurveyed(Now, locks);
    }

    private InboxManagerStopResult Halt()
    {
        ToManager(new StopInboxManager(Now));
        return new InboxManagerStopResult(Now, Manager.InProgress);
    }

    private StuckLockCommand CloseConnections(CloseCapConnections close)
    {
        // The contract: ask the manager right before closing; if it writes what the close reaches, close nothing.
        if (Manager.InProgress.Intersect(close.Touched).Any()) return new InboxManagerStopResult(Now, Manager.InProgress);
        ForceCloses.Add((Now, close.Cap, Manager.InProgress));
        var users = new List<string>();
        var handles = 0;
        foreach (var subtree in close.Subtrees)
        {
            if (!Host.ForceClose(Share(close.Cap), subtree, "the inbox is being unlocked; connections closed").TryGetValue(out var report)) continue;
            users.AddRange(report.AffectedUsers);
            handles += report.ClosedHandles.Count;
        }
        return new ConnectionsClosed(Now, close.Cap, users.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), handles);
    }

    private InboxManagerStartResult Restart()
    {
        StartManager();
        return new InboxManagerStartResult(Now);
    }

    private void ToSupervisor(StuckLockCommand command)
    {
        foreach (var e in StuckLockSupervisor.Decide(Supervisor, command))
        {
            Supervisor = StuckLockSupervisor.Evolve(Supervisor, e);
            SupervisorJournal.Add(e);
        }
    }
}
