using ActorDistribution.Distribution.InboxManagers;
using ActorDistribution.Distribution.StuckLockRemedies;

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
        VerifyLocks verify => RemedyEffects.Verify(Host, verify.Locks, Manager.InProgress, ManagerSettings.LockFile, Now),
        _ => throw new InvalidOperationException($"unknown supervisor step {step}"),
    }));

    private LocksSurveyed Survey() => RemedyEffects.Survey(Host, Inboxes.Keys, ManagerSettings.LockFile, Now);

    private InboxManagerStopResult Halt()
    {
        ToManager(new StopInboxManager(Now));
        return new InboxManagerStopResult(Now, Manager.InProgress);
    }

    private StuckLockCommand CloseConnections(CloseCapConnections close)
    {
        // The contract: ask the manager right before closing; if it writes what the close reaches, close nothing.
        var result = RemedyEffects.CloseUnlessWriting(Host, close, Manager.InProgress, Now);
        if (result is ConnectionsClosed) ForceCloses.Add((Now, close.Cap, Manager.InProgress));
        return result;
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
